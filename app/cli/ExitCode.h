#pragma once

// Exit status of every `coffre` sub-command. Documented in the README and the man page;
// scripts rely on the numbers, so never renumber them.
namespace Coffre::ExitCode {
constexpr int Ok = 0;
constexpr int Failure = 1; // the operation failed (message on stderr)
constexpr int Usage = 2; // bad command line
constexpr int Config = 3; // missing or invalid profile / configuration
constexpr int Auth = 4; // API key missing, rejected, or keychain unreachable
constexpr int Network = 5; // the 1fichier service could not be reached or kept failing
constexpr int Locked = 6; // another run of the same profile holds the lock
constexpr int Verify = 7; // an archive or upload failed its integrity check
constexpr int Cancelled = 130; // interrupted by the user (SIGINT)
} // namespace Coffre::ExitCode

namespace Coffre {
class FichierError;
namespace ExitCode {
// The exit status that fits a failed 1fichier operation (Auth for a rejected key, ...).
int forError(const FichierError &error);
} // namespace ExitCode
} // namespace Coffre
