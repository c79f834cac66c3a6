#pragma once

#include <QString>

// The reversible name mapping for 1fichier (API doc §5.4). Characters 1fichier reserves or
// mangles are sent as full-width look-alikes and mapped back when listing, like rclone:
//   \ < > " ' $ `  →  ＼ ＜ ＞ ＂ ＇ ＄ ｀      / → ／
//   leading/trailing spaces → ␠, control characters → ␀..␟, DEL → ␡, "." and ".." → ．/．．
// A name that already contains one of the replacement characters (or the quote ‛) gets that
// character prefixed with ‛ (U+201B), so decode(encode(x)) == x for every x.
namespace Coffre::FichierNames {

QString encode(const QString &name);
QString decode(const QString &wireName);

} // namespace Coffre::FichierNames
