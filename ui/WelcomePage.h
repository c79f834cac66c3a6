#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Coffre {

class DesktopApp;
class FichierClient;

// First run: says what the API key is and where to get it, takes it in a masked field,
// tests it against the account (email and offer) and saves it in the OS keychain.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(DesktopApp *app, QWidget *parent = nullptr);
    ~WelcomePage() override;

    // Back to an empty form; `problem` (e.g. the keychain is unreachable) is shown on top.
    void reset(const QString &problem = {});

private:
    QString typedKey() const;
    void validate();
    void testConnection();
    enum class Tone { Neutral, Good, Problem };
    void setResult(const QString &text, Tone tone);
    void save();

    DesktopApp *m_app;
    QLabel *m_problem;
    QLineEdit *m_key;
    QPushButton *m_test;
    QPushButton *m_save;
    QLabel *m_result;
    std::unique_ptr<FichierClient> m_client;
};

} // namespace Coffre
