#pragma once

#include "HttpRequest.h"

#include <QList>
#include <QString>

#include <optional>

namespace Coffre::Fake {

enum class FaultKind {
    DropUpload, // close the connection in the middle of an upload.cgi body
    HttpError, // answer 5xx (nginx page) instead of handling the call
    EndplEmpty, // end.pl JSON with "links": []
    EndplHtml, // end.pl HTML page although JSON: 1 was sent
    EndplSize, // end.pl size one byte off
    EndplWhirlpool, // end.pl whirlpool of other data
    ListingLag, // uploaded/copied files stay out of listings for a while
    RmKo, // file/rm.cgi answers 200 KO and removes nothing
    Slow, // delay the reply
    DropDownload, // close a download in the middle of its body
    Location887, // get_token: "Only 1 location allowed at a time #887"
    Drop, // reset the connection instead of replying
    Hang, // never reply (downloads: stop sending after some bytes) and keep the connection open
    Flood, // the flood reply, and the key+IP lock it starts
    HtmlReply, // 200 with an HTML page instead of the call's reply
    EmptyReply, // 200 with an empty body
    ListingSize, // file/ls.cgi sizes one byte too big
    ListingWhirlpool, // file/ls.cgi checksums of other data
    CorruptDownload, // one byte of a download's body flipped
    CorruptUpload, // one byte of an uploaded file flipped when stored
};

struct Fault {
    FaultKind kind = FaultKind::HttpError;
    int nth = 1; // the nth matching request (1-based, counted since the fault was set)
    int count = 1; // how many matching requests from nth on; 0 = all of them
    QString path; // only requests whose path ends with this
    int status = 503; // http-error
    qint64 after = -1; // drop-upload / drop-download: body bytes before the cut (-1 = half)
    int ms = 0; // slow
    int secs = 0; // listing-lag
    qint64 at = -1; // corrupt-download / corrupt-upload: offset of the flipped byte (-1 = middle)
    bool handled = false; // drop / hang: carry the request out first (the reply is what is lost)
    std::optional<Role> host; // only requests to this host (api, node, dl)
    int seen = 0; // matching requests so far
};

// The faults of one run, from a SPEC string (grammar in tests/fakefichier/README.md):
//   SPEC  := FAULT ( ("," | ";") FAULT )*
//   FAULT := NAME ( ":" KEY "=" VALUE )*
class FaultPlan
{
public:
    bool set(const QString &spec, QString *error); // replaces every fault; counters restart
    QString spec() const { return m_spec; }
    // Counts a request of this kind's scope; returns the fault if this request is hit.
    const Fault *hit(FaultKind kind, Role role, const QString &path);
    static QString kindName(FaultKind kind);

private:
    QString m_spec;
    QList<Fault> m_faults;
};

} // namespace Coffre::Fake
