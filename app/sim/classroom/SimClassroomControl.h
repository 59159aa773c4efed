#pragma once

#include <optional>

class SimClassroom;
struct SimReply;
struct SimRequest;

// The control API's calls on a classroom (below /_sim/classroom; on loopback as the rest of the
// control API, and off loopback to the instructor's token, SimServer::refuseInstructor): GET /_sim/classroom lists the seats; POST /_sim/classroom/reset puts every
// seat back at the scenario's start, POST /_sim/classroom/seats/N/reset seat N only.
class SimClassroomControl final
{
public:
    explicit SimClassroomControl(SimClassroom &classroom)
        : m_classroom(classroom)
    { }

    // The answer to a control request on the classroom; nothing when `request` is not one.
    std::optional<SimReply> handle(const SimRequest &request);

private:
    SimReply seats() const;

    SimClassroom &m_classroom;
};
