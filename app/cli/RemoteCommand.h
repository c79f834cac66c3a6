#pragma once

#include "backup/Profile.h"
#include "backup/PrunePlan.h"
#include "cli/CliCommand.h"
#include "cli/ProgressLine.h"
#include "fichier/FichierTypes.h"

#include <memory>
#include <optional>

namespace Coffre {

class FichierClient;
class FichierJob;

// What the commands that talk to 1fichier share: finding the profile, the API key
// (COFFRE_API_KEY, --api-key-file, keychain) and a client; waiting for jobs. Their
// progress goes through ProgressLine.
class RemoteCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoteCommand)
protected:
    // Loads the profile named by the first positional argument (or `name`).
    static std::optional<int> openProfile(CliContext &ctx, const QString &name, Profile *profile);
    // Resolves the API key and builds a client; on a problem prints it and returns the exit status.
    static std::optional<int> openClient(CliContext &ctx, std::unique_ptr<FichierClient> *client);
    // Waits for `job`; on failure prints its sentence and returns the exit status.
    static std::optional<int> wait(CliContext &ctx, FichierJob *job);
    // The profile's backups in its remote folder, newest first; nullopt with `exit` set on error.
    // A folder that does not exist yet has no backups.
    static std::optional<QList<FileEntry>> listFolder(
        CliContext &ctx, FichierClient &client, const Profile &profile, int *exit);

    // The retention plan of a listing from listFolder(). A listing at 1fichier's cap may have
    // been cut: the plan is then incomplete (it deletes nothing) and `warning` (if given)
    // receives the sentence that says so.
    static PrunePlan planFor(const FichierClient &client, const Profile &profile,
        const QList<FileEntry> &files, QString *warning = nullptr);

    static int exitCodeFor(const FichierJob *job);

public:
    static QString formatSize(qint64 bytes) { return ProgressLine::formatSize(bytes); }
    static QString formatLocalTime(const QDateTime &utc);
};

} // namespace Coffre
