#include "cli/PrunePrinter.h"

#include "cli/RemoteCommand.h"

#include <QJsonObject>

namespace Coffre {

void PrunePrinter::print(QTextStream &out, const PrunePlan &plan)
{
    if (plan.items.isEmpty())
        out << "  " << tr("(no backups)") << '\n';
    for (const PrunePlan::Item &item : plan.items) {
        // An incomplete plan deletes nothing: what retention would delete is held back.
        const bool heldBack = !item.decision.keep && plan.incomplete;
        const bool keep = item.decision.keep || heldBack;
        out << "  " << (keep ? tr("keep  ") : tr("delete")) << "  " << item.file.filename;
        if (item.file.size >= 0)
            out << "  " << QLocale::system().formattedDataSize(item.file.size, 1);
        if (heldBack)
            out << "  (" << tr("held back: the folder listing is incomplete") << ')';
        else if (keep)
            out << "  (" << item.decision.reasonsText() << ')';
        out << '\n';
    }
    out << tr("%n backup(s) kept, ", nullptr, plan.keepCount())
        << tr("%n deleted.", nullptr, plan.deleteCount());
    if (!plan.foreign.isEmpty())
        out << ' '
            << tr("%n other file(s) in the folder are not touched.", nullptr, int(plan.foreign.size()));
    out << Qt::endl;
}

QJsonArray PrunePrinter::toJson(const PrunePlan &plan)
{
    QJsonArray array;
    for (const PrunePlan::Item &item : plan.items) {
        QJsonArray reasons;
        for (const RetentionPolicy::Reason &reason : item.decision.reasons)
            reasons.append(reason.text(false)); // scripts read English
        array.append(QJsonObject {
            {QStringLiteral("name"), item.file.filename},
            {QStringLiteral("url"), item.file.url},
            {QStringLiteral("time"), item.decision.backup.timeUtc.toString(Qt::ISODate)},
            {QStringLiteral("size"), item.file.size},
            {QStringLiteral("keep"), item.decision.keep || plan.incomplete},
            {QStringLiteral("held_back"), !item.decision.keep && plan.incomplete},
            {QStringLiteral("pinned"), item.decision.backup.pinned},
            {QStringLiteral("reasons"), reasons},
        });
    }
    return array;
}

} // namespace Coffre
