#pragma once

// OpenSSL frees every thread's state in an exit handler of its own, as Qt's TLS backend
// initialises it. Qt's threads are detached: QThread::wait() returns before a finished thread
// has run its thread-local destructors. So a program that ends right after its network
// manager is gone (sync-consolectl after an https call) can have OpenSSL's exit handler and
// the network thread's last destructor free the same memory: "double free or corruption",
// about one exit in a hundred across a network (openssl/openssl#17469).
//
// leaveCleanupToTheSystem() asks OpenSSL, before it is first initialised, for no exit handler
// (OPENSSL_INIT_NO_ATEXIT); the system takes its memory back at exit. A program calls it
// before its first https request; the plain-http path (the embedded simulator) never loads
// OpenSSL. Returns whether OpenSSL took the option: false when OpenSSL is not installed, or
// was initialised before (then the call changes nothing).
namespace OpenSslExit {

bool leaveCleanupToTheSystem();

} // namespace OpenSslExit
