#pragma once

#include <QString>

namespace Coffre::Fake::Messages {

// Texts the real service is known to send (1fichier-api.md §2.3).
inline QString notAuthenticated()
{
    return QStringLiteral("Not authenticated #247");
}
inline QString noSuchUser()
{
    return QStringLiteral("No such user #93");
}
inline QString flood()
{
    return QStringLiteral("Flood detected: IP Locked #374");
}
inline QString floodInfo()
{
    return QStringLiteral("Flood detected: IP Locked #38");
}
inline QString notFound()
{
    return QStringLiteral("Resource not found #469");
}
inline QString notAllowed()
{
    return QStringLiteral("Resource not allowed #631");
}
inline QString notRenamed()
{
    return QStringLiteral("No file has been renamed #312");
}
inline QString oneLocation()
{
    return QStringLiteral("Only 1 location allowed at a time #887");
}

// Texts the document does not know; invented in the same "<text> #<n>" style, with numbers
// from 700 up so they are easy to recognise as the stand-in's own.
inline QString floodUser()
{
    return QStringLiteral("Flood detected: User Locked #700");
}
inline QString badContentType()
{
    return QStringLiteral("Bad request: Content-Type must be application/json #701");
}
inline QString badJson()
{
    return QStringLiteral("Bad request: the body is not a JSON object #702");
}
inline QString badParameter(const QString &name)
{
    return QStringLiteral("Bad request: missing or invalid %1 #703").arg(name);
}
inline QString methodNotAllowed()
{
    return QStringLiteral("Method not allowed #704");
}
inline QString folderNotEmpty()
{
    return QStringLiteral("Folder is not empty #705");
}
inline QString folderExists()
{
    return QStringLiteral("Another folder with this name already exists #706");
}
inline QString invalidName()
{
    return QStringLiteral("Invalid name #707");
}
inline QString sameNameMove()
{
    return QStringLiteral("Cannot move a file to the same name #708");
}
inline QString notRemoved()
{
    return QStringLiteral("No file has been removed #709");
}
inline QString rootFolder()
{
    return QStringLiteral("The root folder cannot be changed #710");
}
inline QString folderIntoItself()
{
    return QStringLiteral("Cannot move a folder into itself #711");
}
inline QString unknownEndpoint()
{
    return QStringLiteral("Unknown API endpoint #712");
}
inline QString renameOneUrl()
{
    return QStringLiteral("Rename works with a single URL only #713");
}
inline QString sharingUnsupported()
{
    return QStringLiteral("Sharing is not supported here #714");
}
inline QString contentLengthRequired()
{
    return QStringLiteral("Content-Length required #715");
}

} // namespace Coffre::Fake::Messages
