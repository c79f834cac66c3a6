#include "backup/RunRecord.h"

namespace Coffre {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString RunRecord::resultName(Result result)
{
    switch (result) {
    case Result::Ok:
        return QStringLiteral("ok");
    case Result::Cancelled:
        return QStringLiteral("cancelled");
    case Result::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject RunRecord::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("profile"), profile);
    json.insert(QStringLiteral("start"), isoUtc(startUtc));
    json.insert(QStringLiteral("end"), isoUtc(endUtc));
    json.insert(QStringLiteral("result"), resultName(result));
    json.insert(QStringLiteral("verified"), verified);
    json.insert(QStringLiteral("archive"), archiveName);
    json.insert(QStringLiteral("url"), url);
    json.insert(QStringLiteral("size"), size);
    json.insert(QStringLiteral("files"), files);
    json.insert(QStringLiteral("warnings"), warnings);
    json.insert(QStringLiteral("error"), error);
    json.insert(QStringLiteral("pruned"), pruned);
    return json;
}

std::optional<RunRecord> RunRecord::fromJson(const QJsonObject &json)
{
    RunRecord record;
    record.profile = json.value(QStringLiteral("profile")).toString();
    record.startUtc
        = QDateTime::fromString(json.value(QStringLiteral("start")).toString(), Qt::ISODate).toUTC();
    record.endUtc = QDateTime::fromString(json.value(QStringLiteral("end")).toString(), Qt::ISODate).toUTC();
    const QString result = json.value(QStringLiteral("result")).toString();
    if (record.profile.isEmpty() || !record.startUtc.isValid())
        return std::nullopt;
    if (result == QLatin1String("ok"))
        record.result = Result::Ok;
    else if (result == QLatin1String("cancelled"))
        record.result = Result::Cancelled;
    else if (result == QLatin1String("failed"))
        record.result = Result::Failed;
    else
        return std::nullopt;
    record.verified = json.value(QStringLiteral("verified")).toBool();
    record.archiveName = json.value(QStringLiteral("archive")).toString();
    record.url = json.value(QStringLiteral("url")).toString();
    record.size = json.value(QStringLiteral("size")).toInteger();
    record.files = json.value(QStringLiteral("files")).toInteger();
    record.warnings = json.value(QStringLiteral("warnings")).toInt();
    record.error = json.value(QStringLiteral("error")).toString();
    record.pruned = json.value(QStringLiteral("pruned")).toInt();
    return record;
}

} // namespace Coffre
