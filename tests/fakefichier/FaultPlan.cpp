#include "FaultPlan.h"

#include <QRegularExpression>

#include <limits>

namespace Coffre::Fake {

namespace {

struct KindInfo {
    const char *name;
    FaultKind kind;
    int defaultCount;
    Role role; // where the fault applies when no path= is given
    const char *path; // implied path suffix ("" = any request of `role`)
};

const KindInfo kKinds[] = {
    {"drop-upload", FaultKind::DropUpload, 1, Role::Node, "/upload.cgi"},
    {"http-error", FaultKind::HttpError, 1, Role::Api, ""},
    {"endpl-empty", FaultKind::EndplEmpty, 1, Role::Node, "/end.pl"},
    {"endpl-html", FaultKind::EndplHtml, 1, Role::Node, "/end.pl"},
    {"endpl-size", FaultKind::EndplSize, 1, Role::Node, "/end.pl"},
    {"endpl-whirlpool", FaultKind::EndplWhirlpool, 1, Role::Node, "/end.pl"},
    {"listing-lag", FaultKind::ListingLag, 0, Role::Node, "/upload.cgi"},
    {"rm-ko", FaultKind::RmKo, 1, Role::Api, "/file/rm.cgi"},
    {"slow", FaultKind::Slow, 0, Role::Control, ""}, // Control here means "every role"
    {"drop-download", FaultKind::DropDownload, 1, Role::Download, ""},
    {"location-887", FaultKind::Location887, 1, Role::Api, "/download/get_token.cgi"},
    {"drop", FaultKind::Drop, 1, Role::Api, ""},
    {"hang", FaultKind::Hang, 1, Role::Api, ""},
    {"flood", FaultKind::Flood, 1, Role::Api, ""},
    {"html", FaultKind::HtmlReply, 1, Role::Api, ""},
    {"empty", FaultKind::EmptyReply, 1, Role::Api, ""},
    {"listing-size", FaultKind::ListingSize, 1, Role::Api, "/file/ls.cgi"},
    {"listing-whirlpool", FaultKind::ListingWhirlpool, 1, Role::Api, "/file/ls.cgi"},
    {"corrupt-download", FaultKind::CorruptDownload, 1, Role::Download, ""},
    {"corrupt-upload", FaultKind::CorruptUpload, 1, Role::Node, "/upload.cgi"},
};

const KindInfo *infoFor(FaultKind kind)
{
    for (const KindInfo &k : kKinds) {
        if (k.kind == kind)
            return &k;
    }
    return nullptr;
}

bool toInt(const QString &text, qint64 minimum, qint64 maximum, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < minimum || v > maximum)
        return false;
    *out = v;
    return true;
}

} // namespace

QString FaultPlan::kindName(FaultKind kind)
{
    const KindInfo *info = infoFor(kind);
    return info ? QLatin1String(info->name) : QString();
}

bool FaultPlan::set(const QString &spec, QString *error)
{
    QList<Fault> faults;
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    for (const QString &rawFault : spec.split(separators, Qt::SkipEmptyParts)) {
        const QStringList parts = rawFault.trimmed().split(QLatin1Char(':'));
        const QString name = parts.constFirst().trimmed().toLower();
        const KindInfo *info = nullptr;
        for (const KindInfo &k : kKinds) {
            if (name == QLatin1String(k.name))
                info = &k;
        }
        if (name == QLatin1String("5xx"))
            info = infoFor(FaultKind::HttpError);
        if (!info) {
            *error = QStringLiteral("unknown fault '%1'").arg(name);
            return false;
        }
        Fault f;
        f.kind = info->kind;
        f.count = info->defaultCount;
        if (f.kind == FaultKind::ListingLag)
            f.secs = 10;
        if (f.kind == FaultKind::Slow)
            f.ms = 1000;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString param = parts.at(i).trimmed();
            const qsizetype eq = param.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                *error = QStringLiteral("fault '%1': parameter '%2' is not key=value").arg(name, param);
                return false;
            }
            const QString key = param.left(eq).trimmed().toLower();
            const QString value = param.mid(eq + 1).trimmed();
            qint64 v = 0;
            bool ok = true;
            if (key == QLatin1String("nth")) {
                ok = toInt(value, 1, 1000000, &v);
                f.nth = int(v);
            } else if (key == QLatin1String("count")) {
                ok = toInt(value, 0, 1000000, &v);
                f.count = int(v);
            } else if (key == QLatin1String("path")) {
                f.path = value;
                ok = !value.isEmpty();
            } else if (key == QLatin1String("status") && f.kind == FaultKind::HttpError) {
                ok = toInt(value, 400, 599, &v);
                f.status = int(v);
            } else if (key == QLatin1String("host")) {
                if (value == QLatin1String("api"))
                    f.host = Role::Api;
                else if (value == QLatin1String("node"))
                    f.host = Role::Node;
                else if (value == QLatin1String("dl"))
                    f.host = Role::Download;
                else
                    ok = false;
            } else if (key == QLatin1String("handled")
                && (f.kind == FaultKind::Drop || f.kind == FaultKind::Hang)) {
                ok = toInt(value, 0, 1, &v);
                f.handled = v == 1;
            } else if (key == QLatin1String("at")
                && (f.kind == FaultKind::CorruptDownload || f.kind == FaultKind::CorruptUpload)) {
                ok = toInt(value, 0, std::numeric_limits<qint64>::max(), &v);
                f.at = v;
            } else if (key == QLatin1String("after")
                && (f.kind == FaultKind::DropUpload || f.kind == FaultKind::DropDownload
                    || f.kind == FaultKind::Hang)) {
                ok = toInt(value, 0, std::numeric_limits<qint64>::max(), &v);
                f.after = v;
            } else if (key == QLatin1String("ms") && f.kind == FaultKind::Slow) {
                ok = toInt(value, 0, 600000, &v);
                f.ms = int(v);
            } else if (key == QLatin1String("secs") && f.kind == FaultKind::ListingLag) {
                ok = toInt(value, 0, 86400, &v);
                f.secs = int(v);
            } else {
                *error = QStringLiteral("fault '%1' has no parameter '%2'").arg(name, key);
                return false;
            }
            if (!ok) {
                *error = QStringLiteral("fault '%1': bad value '%2' for %3").arg(name, value, key);
                return false;
            }
        }
        faults.append(f);
    }
    m_faults = faults;
    m_spec = spec.trimmed();
    return true;
}

const Fault *FaultPlan::hit(FaultKind kind, Role role, const QString &path)
{
    const KindInfo *info = infoFor(kind);
    const Fault *result = nullptr;
    for (Fault &f : m_faults) {
        if (f.kind != kind)
            continue;
        bool applies;
        if (f.host)
            applies = role == *f.host && (f.path.isEmpty() || path.endsWith(f.path));
        else if (!f.path.isEmpty())
            applies = path.endsWith(f.path);
        else if (info->role == Role::Control) // every role
            applies = true;
        else
            applies = role == info->role && path.endsWith(QLatin1String(info->path));
        if (!applies)
            continue;
        ++f.seen;
        const bool inWindow = f.seen >= f.nth && (f.count == 0 || f.seen < f.nth + f.count);
        if (inWindow && !result)
            result = &f;
    }
    return result;
}

} // namespace Coffre::Fake
