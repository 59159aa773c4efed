// libFuzzer target: a damaged --state file. Whatever it holds, the simulator either restores
// it or refuses it with a reason, and keeps the state it had.
#include "Scenarios.h"
#include "SimBackend.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    SimBackend backend;
    Scenarios::load(Scenarios::defaultName(), backend);
    const QJsonObject before = backend.toJson();
    QString problem;
    if (!backend.restore(document.object(), &problem)) {
        if (problem.isEmpty() || backend.toJson() != before)
            std::abort(); // refused without a reason, or half restored
        return 0;
    }
    (void)backend.toJson(); // what --state would write next
    return 0;
}
