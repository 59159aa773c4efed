#pragma once

// The wording of the era a reference figure was taken in, for --capture-docs only (the console
// itself always speaks of App Services, and shows a paused Sync as PAUSED with Resume Sync).
struct FigureWording
{
    // "Realm" where the admin UI now says "App Services" (2021's figures).
    bool realm = false;
    // Mid-2021's page: a paused Sync shows DISABLED with "Paused On: … UTC" under the title and
    // a green Enable Sync, and the draft bar has one REVIEW DRAFT & DEPLOY button.
    bool pausedAsDisabled = false;
    // The terminate figures' page: the admin UI offered no "Restore the configuration in force
    // before Sync was terminated (saved …)", the console's own (whose time is the wall clock's,
    // not the figures' stopped simulator clock); the form is prefilled still. A figure run that
    // re-enables keeps the link, and so does the Guide's figure, whose next step uses it.
    bool withoutRestoreOffer = false;
};
