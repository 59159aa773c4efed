#include "FileLimit.h"
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimClassroom.h"
#include "SimOptions.h"
#include "SimServer.h"
#include "SimStateFile.h"
#include "TlsIdentity.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QSaveFile>
#include <QTextStream>
#include <QUrl>
#include <memory>

namespace {

// Says why the state file cannot be locked, or nothing when this simulator now holds it.
QString lockStateFile(SimStateFile &file, const QString &path)
{
    qint64 pid = 0;
    QString host;
    switch (file.lock(&pid, &host)) {
    case QLockFile::NoError:
        return {};
    case QLockFile::LockFailedError:
        if (pid > 0)
            return QCoreApplication::translate("main",
                "the state file %1 is in use by another simulator (process %2 on %3); stop it, "
                "or give this one another --state file")
                .arg(path)
                .arg(pid)
                .arg(host);
        return QCoreApplication::translate("main",
            "the state file %1 is in use by another simulator; stop it, or give this one "
            "another --state file")
            .arg(path);
    case QLockFile::PermissionError:
    case QLockFile::UnknownError:
        break;
    }
    return QCoreApplication::translate(
        "main", "cannot create the lock file %1 beside the state file")
        .arg(path + QStringLiteral(".lock"));
}

// The world to serve: the state file's, or the scenario's with the command line's faults.
// Nothing (with the problem printed) when the state file cannot be read or written.
std::unique_ptr<SimStateFile> prepareWorld(
    const SimOptions &options, SimBackend &backend, SimStateFile::Load *loaded, QTextStream &err)
{
    std::unique_ptr<SimStateFile> stateFile;
    *loaded = SimStateFile::Load::Missing;
    QString problem;
    if (!options.statePath.isEmpty()) {
        stateFile = std::make_unique<SimStateFile>(&backend, options.statePath);
        problem = lockStateFile(*stateFile, options.statePath);
        if (!problem.isEmpty()) {
            err << "sync-console-sim: " << problem << Qt::endl;
            return nullptr;
        }
        *loaded = stateFile->load(&problem);
        if (*loaded == SimStateFile::Load::Failed) {
            err << "sync-console-sim: " << problem << Qt::endl;
            return nullptr;
        }
    }
    if (*loaded != SimStateFile::Load::Loaded)
        Scenarios::load(options.scenario, backend);
    for (const FaultRule &rule : options.faults)
        backend.faults().add(rule);
    // Faults given on the command line belong to the start a reset goes back to.
    if (*loaded != SimStateFile::Load::Loaded)
        backend.markScenarioStart(options.scenario);
    if (stateFile && !stateFile->save(&problem)) {
        err << "sync-console-sim: " << problem << Qt::endl;
        return nullptr;
    }
    return stateFile;
}

// Says where the room can reach a simulator listening beyond loopback, and that it can.
void printReach(
    const SimOptions &options, const SimServer &server, QTextStream &out, QTextStream &err)
{
    const bool any = options.address == QHostAddress::Any
        || options.address == QHostAddress::AnyIPv4 || options.address == QHostAddress::AnyIPv6;
    QList<QHostAddress> addresses;
    if (any) {
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (!a.isLoopback() && !a.isLinkLocal()
                && (a.protocol() == QAbstractSocket::IPv4Protocol
                    || options.address != QHostAddress::AnyIPv4))
                addresses.append(a);
    } else {
        addresses.append(options.address);
    }
    for (const QHostAddress &a : std::as_const(addresses)) {
        QUrl url = server.baseUrl();
        url.setHost(a.toString());
        out << QCoreApplication::translate("main", "Also at:        %1").arg(url.toString())
            << Qt::endl;
    }
    err << "sync-console-sim: "
        << QCoreApplication::translate("main",
               "warning: listening on %1, beyond this machine: anyone who can reach it and "
               "knows the key pair can use the simulator. Failed logins are limited to 10 a "
               "minute per address; the control API still answers this machine only.")
               .arg(options.address.toString())
        << Qt::endl;
}

// The key pair, the project, where the state came from and the apps.
void printWorld(const SimOptions &options, const SimBackend &backend, SimStateFile::Load loaded,
    QTextStream &out)
{
    // Only the well-known default pair is printed whole; a pair given with --api-key stays
    // the caller's secret.
    const bool defaultKey = options.privateKey == SimDefaults::privateKey();
    out << QCoreApplication::translate("main", "API key pair:   %1:%2")
               .arg(options.publicKey,
                   defaultKey ? options.privateKey
                              : QCoreApplication::translate(
                                  "main", "(the private key given with --api-key)"))
        << Qt::endl;
    out << QCoreApplication::translate("main", "Project (group): %1").arg(backend.groupId())
        << Qt::endl;
    out << QCoreApplication::translate("main", "State:          %1")
               .arg(loaded == SimStateFile::Load::Loaded
                       ? QCoreApplication::translate("main", "restored from %1")
                             .arg(options.statePath)
                       : QCoreApplication::translate("main", "scenario %1").arg(backend.scenario()))
        << Qt::endl;
    for (const SimApp &a : backend.apps())
        out << QCoreApplication::translate("main", "App:            %1 (_id %2, client_app_id %3)")
                   .arg(a.name, a.id, a.clientAppId)
            << Qt::endl;
}

// The seats' sheet: printed, and written to classroom-sheet.md in the classroom's directory
// beside the state file, or in the current directory.
void printClassroom(const SimClassroom &classroom, const SimServer &server,
    const SimOptions &options, const QString &fingerprint, QTextStream &out, QTextStream &err)
{
    QUrl url = server.baseUrl();
    if (!options.address.isLoopback()) {
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (!a.isLoopback() && !a.isLinkLocal()
                && a.protocol() == QAbstractSocket::IPv4Protocol) {
                url.setHost(a.toString());
                break;
            }
    }
    const QString sheet = classroom.sheetMarkdown(url.toString(), fingerprint);
    out << Qt::endl << sheet;
    if (!classroom.directory().isEmpty()) {
        int restored = 0;
        for (int n = 1; n <= classroom.size(); ++n)
            restored += classroom.seat(n)->restored ? 1 : 0;
        out << QStringLiteral("Classroom:      %1 seats, %2 restored from %3")
                   .arg(classroom.size())
                   .arg(restored)
                   .arg(classroom.directory())
            << Qt::endl;
    }
    QSaveFile file(classroom.directory().isEmpty()
            ? QStringLiteral("classroom-sheet.md")
            : QDir(classroom.directory()).filePath(QStringLiteral("classroom-sheet.md")));
    if (file.open(QIODevice::WriteOnly) && file.write(sheet.toUtf8()) >= 0 && file.commit())
        out << QStringLiteral("Sheet:          %1")
                   .arg(QFileInfo(file.fileName()).absoluteFilePath())
            << Qt::endl;
    else
        err << "sync-console-sim: "
            << QStringLiteral("cannot write the classroom sheet %1: %2")
                   .arg(file.fileName(), file.errorString())
            << Qt::endl;
}

// The certificate --tls serves: the one given, or the simulator's own (made on the first
// start). Null, with the problem printed, when it cannot be read or made.
TlsIdentity prepareTls(const SimOptions &options, QTextStream &err)
{
    QString problem;
    TlsIdentity id = options.tlsCert.isEmpty()
        ? TlsIdentity::loadOrMake(TlsIdentity::directoryFor(options.statePath),
              TlsIdentity::hostNames(options.tlsNames), &problem)
        : TlsIdentity::load(options.tlsCert, options.tlsKey, &problem);
    if (id.certificate.isNull())
        err << "sync-console-sim: " << problem << Qt::endl;
    return id;
}

// The certificate's fingerprint, which trainees compare before they trust it, and where it is.
void printTls(const TlsIdentity &id, QTextStream &out)
{
    out << QStringLiteral("TLS certificate: SHA-256 %1").arg(TlsIdentity::fingerprint(id.certificate))
        << Qt::endl;
    const QStringList names = id.certificate.subjectAlternativeNames().values(QSsl::DnsEntry)
        + id.certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
    if (!names.isEmpty())
        out << QStringLiteral("TLS names:      %1").arg(names.join(QStringLiteral(", ")))
            << Qt::endl;
    if (!id.directory.isEmpty())
        out << QStringLiteral("TLS kept in:    %1 (%2)")
                   .arg(id.directory,
                       id.created ? QStringLiteral("made now") : QStringLiteral("reused"))
            << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sync-console-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    Translations::install(Translations::resolve(Translations::fromArguments(app.arguments())));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const SimOptions options = SimOptions::parse(QCoreApplication::arguments());
    if (options.exitNow) {
        (options.exitCode == 0 ? out : err) << options.text << Qt::endl;
        return options.exitCode;
    }

    SimBackend backend;
    backend.sessions().setApiKey(options.publicKey, options.privateKey);
    backend.sessions().setAccessTokenLifetime(options.tokenLifetimeSeconds);
    backend.setDeploymentDelayMs(options.deploymentDelayMs);

    SimStateFile::Load loaded = SimStateFile::Load::Missing;
    const std::unique_ptr<SimStateFile> stateFile = prepareWorld(options, backend, &loaded, err);
    if (!options.statePath.isEmpty() && !stateFile)
        return 1;
    if (stateFile) {
        QObject::connect(
            stateFile.get(), &SimStateFile::saveFailed, &app, [&err](const QString &problem) {
                err << "sync-console-sim: "
                    << QCoreApplication::translate("main",
                           "ERROR: %1. Changes are refused (503) and undone until the state file "
                           "can be written again; reads are still served.")
                           .arg(problem)
                    << Qt::endl;
            });
        QObject::connect(stateFile.get(), &SimStateFile::saveRecovered, &app, [&err, &options] {
            err << "sync-console-sim: "
                << QCoreApplication::translate(
                       "main", "the state file %1 is written again; changes are accepted.")
                       .arg(options.statePath)
                << Qt::endl;
        });
        stateFile->watch();
    }

    SimServer server(&backend);
    server.setStateFile(stateFile.get());
    TlsIdentity tls;
    if (options.tls) {
        tls = prepareTls(options, err);
        if (tls.certificate.isNull())
            return 1;
        server.sslSetup(tls.certificate, tls.key);
    }
    // A room's connections need more files than the usual soft limit of 1,024; past the limit
    // the connections are fewer, so idle ones are closed before the system refuses to accept.
    const quint64 files = FileLimit::raiseToHard();
    if (files > 0)
        server.setConnectionLimits(ConnectionShares::Limits::forFiles(files));
    if (server.connectionLimits().total < 60 * 6 + 1)
        err << "sync-console-sim: "
            << QStringLiteral(
                   "warning: this process may open only %1 files, so the simulator serves at most "
                   "%2 connections at once (a class of 60 consoles needs 361); raise the hard "
                   "limit (ulimit -Hn) to serve more.")
                   .arg(files)
                   .arg(server.connectionLimits().total)
            << Qt::endl;
    if (!server.start(options.address, options.port)) {
        err << "sync-console-sim: "
            << QCoreApplication::translate("main", "cannot listen on %1 port %2 (is it in use?)")
                   .arg(options.address.toString())
                   .arg(options.port)
            << Qt::endl;
        return 1;
    }

    std::unique_ptr<SimClassroom> classroom;
    if (options.classroomSeats > 0) {
        classroom = std::make_unique<SimClassroom>(options.classroomSeats, options.scenario);
        classroom->setDeploymentDelayMs(options.deploymentDelayMs);
        classroom->setAccessTokenLifetime(options.tokenLifetimeSeconds);
        QString problem;
        if (!options.statePath.isEmpty()
            && !classroom->keepIn(options.statePath + QStringLiteral(".classroom"), &problem)) {
            err << "sync-console-sim: " << problem << Qt::endl;
            return 1;
        }
        server.setClassroom(classroom.get());
    }

    out << server.baseUrl().toString() << Qt::endl;
    if (options.tls)
        printTls(tls, out);
    if (!options.address.isLoopback())
        printReach(options, server, out, err);
    printWorld(options, backend, loaded, out);
    if (classroom)
        printClassroom(*classroom, server, options,
            options.tls ? TlsIdentity::fingerprint(tls.certificate) : QString(), out, err);
    return QCoreApplication::exec();
}
