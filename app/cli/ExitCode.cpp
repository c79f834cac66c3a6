#include "cli/ExitCode.h"

#include "fichier/FichierError.h"

namespace Coffre::ExitCode {

int forError(const FichierError &error)
{
    switch (error.kind()) {
    case FichierError::Kind::None:
        return Ok;
    case FichierError::Kind::InvalidKey:
    case FichierError::Kind::NotPremium:
        return Auth;
    case FichierError::Kind::Network:
    case FichierError::Kind::Tls:
    case FichierError::Kind::Server:
    case FichierError::Kind::Flood:
        return Network;
    case FichierError::Kind::Integrity:
        return Verify;
    case FichierError::Kind::Config:
        return Config;
    case FichierError::Kind::Cancelled:
        return Cancelled;
    default:
        return Failure;
    }
}

} // namespace Coffre::ExitCode
