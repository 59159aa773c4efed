// libFuzzer target: a damaged --state file, and a damaged journal beside a good one. Whatever
// they hold, the simulator either restores the state or refuses it with a reason, and keeps
// the state it had; what it restores it writes back in a form that restores to the same state.
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimJournal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void restoreOrRefuse(const QJsonObject &state)
{
    SimBackend backend;
    backend.setDeviceTickMs(0);
    Scenarios::load(Scenarios::defaultName(), backend);
    const QJsonObject before = backend.toJson();
    QString problem;
    if (!backend.restore(state, &problem)) {
        if (problem.isEmpty() || backend.toJson() != before)
            std::abort(); // refused without a reason, or half restored
        return;
    }
    // What --state would write next loads again, to the same state.
    const QJsonObject written = backend.toJson();
    SimBackend again;
    again.setDeviceTickMs(0);
    if (!again.restore(written, &problem) || again.toJson() != written)
        std::abort();
}

// The default scenario's state, built once: building it is most of an input's cost.
const QJsonObject &defaultState()
{
    static const QJsonObject state = [] {
        SimBackend backend;
        backend.setDeviceTickMs(0);
        Scenarios::load(Scenarios::defaultName(), backend);
        return backend.toJson();
    }();
    return state;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // As a state file: what is no JSON object is refused before any of it is looked at.
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject())
        restoreOrRefuse(document.object());

    // The same bytes as the journal of the default scenario's state file.
    const SimJournal::Contents journal = SimJournal::read(bytes);
    if (journal.validSize < 0 || journal.validSize > bytes.size())
        std::abort();
    QJsonObject state = defaultState();
    quint64 seq = 0;
    QString problem;
    if (journal.problem.isEmpty() && SimJournal::replay(journal, &state, &seq, &problem)
        && state != defaultState())
        restoreOrRefuse(state);
    return 0;
}
