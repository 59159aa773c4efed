#include "OpenSslExit.h"

#include <QLibrary>
#include <openssl/crypto.h>

namespace OpenSslExit {

bool leaveCleanupToTheSystem()
{
    // Loaded, not linked: only programs that speak https pay for OpenSSL, and Qt's TLS plugin
    // loads this same library later. It is never unloaded.
    static const bool taken = [] {
        QLibrary crypto(QStringLiteral("crypto"), 3);
        const auto init = reinterpret_cast<decltype(&OPENSSL_init_crypto)>(
            crypto.resolve("OPENSSL_init_crypto"));
        if (!init)
            return false;
        // The option only counts on OpenSSL's first initialisation: asked first, it is.
        return init(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
    }();
    return taken;
}

} // namespace OpenSslExit
