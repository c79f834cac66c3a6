#pragma once

#include "backup/PrunePlan.h"

#include <QJsonArray>
#include <QTextStream>

namespace Coffre {

// The retention plan as text (one backup per line: keep/delete, date, size, why) or JSON,
// for `coffre prune`, `coffre run --dry-run` and `coffre backups`.
class PrunePrinter
{
    Q_DECLARE_TR_FUNCTIONS(PrunePrinter)
public:
    static void print(QTextStream &out, const PrunePlan &plan);
    static QJsonArray toJson(const PrunePlan &plan);
};

} // namespace Coffre
