#pragma once

#include "Prompter.h"

#include <QStringList>

// A Prompter for widget tests: answers from queues filled by the test and records every
// question, so no dialog ever blocks. An empty queue answers "no" / cancel.
class ScriptedPrompter : public Coffre::Prompter
{
public:
    QList<bool> confirmAnswers;
    QStringList directoryAnswers;
    QStringList textAnswers;
    QStringList asked; // every title, in order

    bool confirm(QWidget *, const QString &title, const QString &) override
    {
        asked << title;
        return !confirmAnswers.isEmpty() && confirmAnswers.takeFirst();
    }
    QString chooseDirectory(QWidget *, const QString &title, const QString &) override
    {
        asked << title;
        return directoryAnswers.isEmpty() ? QString() : directoryAnswers.takeFirst();
    }
    QString askText(QWidget *, const QString &title, const QString &) override
    {
        asked << title;
        return textAnswers.isEmpty() ? QString() : textAnswers.takeFirst();
    }
    void inform(QWidget *, const QString &title, const QString &) override { asked << title; }
};
