<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityLog</name>
    <message numerus="yes">
        <source>Some lines of the activity log could not be read (%n in all); the file was set aside as %1.</source>
        <translation>
            <numerusform>Einige Zeilen des Aktivitätsprotokolls konnten nicht gelesen werden (%n insgesamt); die Datei wurde als %1 beiseitegelegt.</numerusform>
            <numerusform>Einige Zeilen des Aktivitätsprotokolls konnten nicht gelesen werden (%n insgesamt); die Datei wurde als %1 beiseitegelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The activity log cannot be written to %1: %2</source>
        <translation>Das Aktivitätsprotokoll kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <comment>activity table: the call got no HTTP status</comment>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>activity table column: when the call was made</comment>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <comment>activity table column: HTTP method</comment>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <comment>activity table column: API path</comment>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>activity table column: HTTP status code</comment>
        <translation>Statuscode</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>activity table column: how long the call took</comment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>activity table column: the error message</comment>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>page title: the REST calls the console made</comment>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Filter by method, path, status or error</source>
        <translation>Nach Methode, Pfad, Status oder Fehler filtern</translation>
    </message>
    <message>
        <source>Filter the activity</source>
        <translation>Aktivität filtern</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Admin API calls</source>
        <translation>Admin-API-Aufrufe</translation>
    </message>
    <message>
        <source>Export the activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON-Zeilen (*.jsonl)</translation>
    </message>
    <message>
        <source>The activity could not be exported: %1</source>
        <translation>Die Aktivität konnte nicht exportiert werden: %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials.</source>
        <translation>Der Server hat die Anmeldedaten nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Your API key is not allowed to do this.</source>
        <translation>Ihr API-Schlüssel darf dies nicht tun.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation>Der Server konnte das Angeforderte nicht finden.</translation>
    </message>
    <message>
        <source>The request conflicts with the current state on the server.</source>
        <translation>Die Anfrage steht im Widerspruch zum aktuellen Zustand auf dem Server.</translation>
    </message>
    <message>
        <source>The server is receiving too many requests.</source>
        <translation>Der Server erhält zu viele Anfragen.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>A gateway in front of the server failed.</source>
        <translation>Ein dem Server vorgeschaltetes Gateway ist ausgefallen.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>Der Dienst ist vorübergehend nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server may already have made this change; the console is reading its state again.</source>
        <translation>Der Server hat diese Änderung möglicherweise bereits vorgenommen; die Konsole liest seinen Zustand neu ein.</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Der Server meldet: „%1“</translation>
    </message>
    <message>
        <source>(code %1).</source>
        <translation>(Code %1).</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer in time, after %n attempts. Refresh to see the current state.</source>
        <comment>more than one attempt</comment>
        <translation>
            <numerusform>Der Server hat nach %n Versuch nicht rechtzeitig geantwortet. Aktualisieren Sie, um den aktuellen Zustand zu sehen.</numerusform>
            <numerusform>Der Server hat nach %n Versuchen nicht rechtzeitig geantwortet. Aktualisieren Sie, um den aktuellen Zustand zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not answer in time. The request was not sent again, as it may already have changed something; refresh to see the current state.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Die Anfrage wurde nicht erneut gesendet, da sie bereits etwas geändert haben könnte; aktualisieren Sie, um den aktuellen Zustand zu sehen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent a reply this console cannot read: %1</source>
        <translation>Der Server hat eine Antwort gesendet, die diese Konsole nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>Your session has expired and could not be renewed. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen und konnte nicht erneuert werden. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server redirected the request to %1. Sync Console does not follow redirects, because it would send your keys or tokens there. Check the base URL of the connection.</source>
        <translation>Der Server hat die Anfrage an %1 umgeleitet. Sync Console folgt keinen Umleitungen, da sie Ihre Schlüssel oder Tokens dorthin senden würde. Prüfen Sie die Basis-URL der Verbindung.</translation>
    </message>
    <message>
        <source>an address it did not give</source>
        <translation>eine Adresse, die er nicht angegeben hat</translation>
    </message>
    <message>
        <source>The server&apos;s reply was larger than %1 MB, more than any Admin API reply; Sync Console stopped reading it.</source>
        <translation>Die Antwort des Servers war größer als %1 MB, mehr als jede Admin-API-Antwort; Sync Console hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent only an interim answer (HTTP %1) where the Admin API sends its final one. The HTTP client Sync Console uses stops reading at such an answer, so the server&apos;s real answer was lost.</source>
        <translation>Der Server hat nur eine vorläufige Antwort (HTTP %1) gesendet, wo die Admin-API ihre endgültige sendet. Der HTTP-Client, den Sync Console verwendet, hört bei einer solchen Antwort auf zu lesen; die eigentliche Antwort des Servers ging daher verloren.</translation>
    </message>
    <message>
        <source>The server answered (HTTP %1) with a header Sync Console cannot read: it had no fields at all, or more than its HTTP client accepts (100 fields, 8 KB a field). Sync Console stopped reading the reply.</source>
        <translation>Der Server hat (HTTP %1) mit einem Header geantwortet, den Sync Console nicht lesen kann: Er hatte gar keine Felder oder mehr, als ihr HTTP-Client annimmt (100 Felder, 8 KB je Feld). Sync Console hat das Lesen der Antwort abgebrochen.</translation>
    </message>
    <message>
        <source>This app is gone: it was deleted, or this API key can no longer reach it. Sync Console shows no Sync state for it.</source>
        <translation>Diese App ist nicht mehr vorhanden: Sie wurde gelöscht, oder dieser API-Schlüssel hat keinen Zugriff mehr auf sie. Sync Console zeigt für sie keinen Sync-Zustand an.</translation>
    </message>
    <message>
        <source>Choose another app, or check the key&apos;s access to this project.</source>
        <translation>Wählen Sie eine andere App, oder prüfen Sie den Zugriff des Schlüssels auf dieses Projekt.</translation>
    </message>
    <message>
        <source>The server sent a refresh token the console cannot use.</source>
        <translation>Der Server hat ein Aktualisierungstoken gesendet, das die Konsole nicht verwenden kann.</translation>
    </message>
    <message>
        <source>The server sent an access token the console cannot use.</source>
        <translation>Der Server hat ein Zugriffstoken gesendet, das die Konsole nicht verwenden kann.</translation>
    </message>
    <message>
        <source>It holds characters no token may have, such as a line break, which would corrupt every request it went into. Nothing was sent with it; sign in again, and if this repeats, check the base URL of the connection.</source>
        <translation>Es enthält Zeichen, die kein Token enthalten darf, etwa einen Zeilenumbruch, der jede Anfrage verfälschen würde, in die es eingesetzt wird. Damit wurde nichts gesendet; melden Sie sich erneut an, und prüfen Sie die Basis-URL der Verbindung, falls dies wieder vorkommt.</translation>
    </message>
    <message>
        <source>The server could not store the change on its disk and undid it; nothing changed. Try again later.</source>
        <translation>Der Server konnte die Änderung nicht auf seinem Datenträger speichern und hat sie rückgängig gemacht; nichts wurde geändert. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>This computer does not trust the server&apos;s certificate. Its SHA-256 fingerprint is %1. If this is your class&apos;s simulator, compare the fingerprint with the one your trainer shows, character by character, and trust the certificate only if they are the same.</source>
        <translation>Dieser Computer vertraut dem Zertifikat des Servers nicht. Sein SHA-256-Fingerabdruck ist %1. Wenn dies der Simulator Ihres Kurses ist, vergleichen Sie den Fingerabdruck Zeichen für Zeichen mit dem, den Ihre Trainerin oder Ihr Trainer zeigt, und vertrauen Sie dem Zertifikat nur, wenn beide gleich sind.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you trusted for this connection, so Sync Console did not connect: someone may be pretending to be the server. Trusted: %1. Presented now: %2. If your trainer made a new certificate, compare its fingerprint with theirs, then forget the old one in the connection dialog.</source>
        <translation>Das Zertifikat des Servers ist nicht das, dem Sie für diese Verbindung vertraut haben, daher hat Sync Console keine Verbindung hergestellt: Möglicherweise gibt sich jemand als der Server aus. Vertraut: %1. Jetzt vorgelegt: %2. Wenn Ihre Trainerin oder Ihr Trainer ein neues Zertifikat erstellt hat, vergleichen Sie dessen Fingerabdruck mit ihrem bzw. seinem und vergessen Sie dann das alte im Verbindungsdialog.</translation>
    </message>
</context>
<context>
    <name>AppListModel</name>
    <message>
        <source>Name</source>
        <comment>app list column: the app name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client App ID</source>
        <translation>Client-App-ID</translation>
    </message>
    <message>
        <source>Location</source>
        <comment>app list column: cloud region</comment>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Deployment Model</source>
        <comment>app list column: global or local deployment</comment>
        <translation>Bereitstellungsmodell</translation>
    </message>
</context>
<context>
    <name>AppPickerDialog</name>
    <message>
        <source>Choose an App</source>
        <translation>App auswählen</translation>
    </message>
    <message>
        <source>Filter by name, client app id, location</source>
        <translation>Nach Name, Client-App-ID oder Standort filtern</translation>
    </message>
    <message>
        <source>Filter the apps</source>
        <translation>Apps filtern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>button: open the chosen app</comment>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Apps</source>
        <comment>the table of apps to choose from</comment>
        <translation>Apps</translation>
    </message>
</context>
<context>
    <name>Autoplay</name>
    <message>
        <source>The deployment failed: %1</source>
        <translation>Die Bereitstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sync is not disabled, so there is nothing to enable; terminate it first.</source>
        <translation>Sync ist nicht deaktiviert, es gibt also nichts zu aktivieren; beenden Sie Sync zuerst.</translation>
    </message>
    <message>
        <source>No configuration was saved for this app before Sync was terminated (Sync Console saves one when it terminates Sync).</source>
        <translation>Für diese App wurde vor dem Beenden von Sync keine Konfiguration gespeichert (Sync Console speichert eine, wenn sie Sync beendet).</translation>
    </message>
    <message>
        <source>%1 Enter the configuration on the Sync page and click Enable Sync.</source>
        <translation>%1 Geben Sie die Konfiguration auf der Sync-Seite ein und klicken Sie auf „Sync aktivieren“.</translation>
    </message>
    <message>
        <source>There is no draft to discard.</source>
        <translation>Es gibt keinen Entwurf zum Verwerfen.</translation>
    </message>
    <message>
        <source>There is no past deployment to redeploy.</source>
        <translation>Es gibt keine frühere Bereitstellung zum erneuten Bereitstellen.</translation>
    </message>
    <message>
        <source>Sync is not paused, so there is nothing to resume.</source>
        <translation>Sync ist nicht pausiert, es gibt also nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>Sync is not running, so it cannot be paused or terminated.</source>
        <translation>Sync läuft nicht und kann daher weder pausiert noch beendet werden.</translation>
    </message>
    <message>
        <source>Step “%1” did not happen within a minute.</source>
        <translation>Schritt „%1“ ist nicht innerhalb einer Minute eingetreten.</translation>
    </message>
</context>
<context>
    <name>CertificateTrustPanel</name>
    <message>
        <source>T&amp;rust This Certificate</source>
        <translation>Diesem &amp;Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>&amp;Forget the Trusted Certificate</source>
        <translation>Vertrautes Zertifikat ver&amp;gessen</translation>
    </message>
    <message>
        <source>Is this your class&apos;s server?</source>
        <translation>Ist das der Server Ihres Kurses?</translation>
    </message>
    <message>
        <source>This computer does not know the server&apos;s certificate, so it cannot tell whether the server is who it claims to be. Compare this fingerprint with the one your trainer shows, character by character. Trust the certificate only if they are the same; Sync Console then accepts this certificate, and only this one, for this connection.</source>
        <translation>Dieser Computer kennt das Zertifikat des Servers nicht und kann daher nicht feststellen, ob der Server der ist, der er zu sein vorgibt. Vergleichen Sie diesen Fingerabdruck Zeichen für Zeichen mit dem, den Ihre Trainerin oder Ihr Trainer zeigt. Vertrauen Sie dem Zertifikat nur, wenn beide gleich sind; Sync Console akzeptiert dann dieses Zertifikat, und nur dieses, für diese Verbindung.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed</source>
        <translation>Das Zertifikat des Servers hat sich geändert</translation>
    </message>
    <message>
        <source>The server presented another certificate than the one you trusted for this connection, so Sync Console did not connect: someone may be pretending to be the server. If your trainer made a new certificate, forget the old one, then compare the new fingerprint with theirs. Presented now:</source>
        <translation>Der Server hat ein anderes Zertifikat vorgelegt als das, dem Sie für diese Verbindung vertraut haben, daher hat Sync Console keine Verbindung hergestellt: Möglicherweise gibt sich jemand als der Server aus. Wenn Ihre Trainerin oder Ihr Trainer ein neues Zertifikat erstellt hat, vergessen Sie das alte und vergleichen Sie dann den neuen Fingerabdruck mit ihrem bzw. seinem. Jetzt vorgelegt:</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Vertrautes Zertifikat</translation>
    </message>
    <message>
        <source>You trusted the server&apos;s certificate with this fingerprint for this connection; no other is accepted.</source>
        <translation>Sie haben dem Zertifikat des Servers mit diesem Fingerabdruck für diese Verbindung vertraut; kein anderes wird akzeptiert.</translation>
    </message>
</context>
<context>
    <name>ChartModule</name>
    <message>
        <source>%1 is not a charts module</source>
        <translation>%1 ist kein Diagrammmodul</translation>
    </message>
    <message>
        <source>not found in %1</source>
        <translation>nicht gefunden in %1</translation>
    </message>
</context>
<context>
    <name>ClassroomModel</name>
    <message>
        <source>Classroom: %1</source>
        <translation>Klassenraum: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Seat</source>
        <comment>classroom column: the trainee&apos;s seat number</comment>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Public Key</source>
        <comment>classroom column</comment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>classroom column: the seat&apos;s live Sync state</comment>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Runbook</source>
        <comment>classroom column: where the seat is in the terminate-and-re-enable runbook</comment>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Out of Order</source>
        <comment>classroom column: steps taken out of order</comment>
        <translation>Außer der Reihe</translation>
    </message>
    <message>
        <source>Client Resets</source>
        <comment>classroom column</comment>
        <translation>Client-Resets</translation>
    </message>
    <message>
        <source>Last Error</source>
        <comment>classroom column</comment>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>On Step</source>
        <comment>classroom column: time spent on the current step</comment>
        <translation>Im Schritt seit</translation>
    </message>
    <message>
        <source>Terminate drafted</source>
        <comment>runbook step</comment>
        <translation>Beenden entworfen</translation>
    </message>
    <message>
        <source>Terminate deployed</source>
        <comment>runbook step</comment>
        <translation>Beenden bereitgestellt</translation>
    </message>
    <message>
        <source>Waited 10 minutes</source>
        <comment>runbook step</comment>
        <translation>10 Minuten gewartet</translation>
    </message>
    <message>
        <source>Re-enable drafted</source>
        <comment>runbook step</comment>
        <translation>Reaktivierung entworfen</translation>
    </message>
    <message>
        <source>Re-enable deployed</source>
        <comment>runbook step</comment>
        <translation>Reaktivierung bereitgestellt</translation>
    </message>
    <message>
        <source>Enabled</source>
        <comment>Sync state</comment>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>Sync state</comment>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>Sync state</comment>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>No app</source>
        <comment>classroom: a seat without an app</comment>
        <translation>Keine App</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>classroom: the seat&apos;s re-enable is live</comment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>classroom: no runbook step seen yet</comment>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <extracomment>%1 steps done of %2; %3 the latest step&apos;s name</extracomment>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Re-enable drafted before the terminate was deployed</source>
        <translation>Reaktivierung entworfen, bevor das Beenden bereitgestellt war</translation>
    </message>
    <message>
        <source>Re-enabled %1 after the terminate went live, before the 10-minute wait</source>
        <translation>%1 nach dem Beenden wieder aktiviert, vor Ablauf der 10 Minuten Wartezeit</translation>
    </message>
    <message>
        <source>%1 (%2 waiting)</source>
        <extracomment>client resets of a seat: %1 in all, %2 of them still waiting in error</extracomment>
        <translation>%1 (%2 wartend)</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <extracomment>a seat&apos;s last error: %1 HTTP status, %2 error code, %3 the request (METHOD PATH)</extracomment>
        <translation>%1 %2 bei %3</translation>
    </message>
    <message>
        <source>No runbook step seen yet.</source>
        <translation>Noch kein Runbook-Schritt gesehen.</translation>
    </message>
    <message>
        <source>Out of order: %1</source>
        <translation>Außer der Reihe: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Client resets: %1</source>
        <translation>Client-Resets: %1</translation>
    </message>
    <message>
        <source>Next: %1 (on the current step for %2)</source>
        <extracomment>%1 the next step&apos;s name, %2 time on the current step (m:ss)</extracomment>
        <translation>Als Nächstes: %1 (im aktuellen Schritt seit %2)</translation>
    </message>
    <message>
        <source>%1 of %2 seats finished the runbook.</source>
        <extracomment>%1 seats finished of %2</extracomment>
        <translation>%1 von %2 Plätzen haben das Runbook abgeschlossen.</translation>
    </message>
    <message>
        <source>Seat %1: finished in %2</source>
        <translation>Platz %1: fertig in %2</translation>
    </message>
    <message>
        <source>Seat %1: not finished (%2)</source>
        <extracomment>%1 seat number, %2 where the seat is in the runbook</extracomment>
        <translation>Platz %1: nicht fertig (%2)</translation>
    </message>
    <message>
        <source>, no mistakes.</source>
        <translation>, keine Fehler.</translation>
    </message>
    <message>
        <source>; mistakes: %1.</source>
        <translation>; Fehler: %1.</translation>
    </message>
    <message>
        <source>Re-enabled before the wait</source>
        <comment>classroom: a short out-of-order flag</comment>
        <translation>Vor Ablauf der Wartezeit reaktiviert</translation>
    </message>
    <message>
        <source>Re-enable drafted early</source>
        <comment>classroom: a short out-of-order flag</comment>
        <translation>Reaktivierung zu früh entworfen</translation>
    </message>
</context>
<context>
    <name>ClassroomView</name>
    <message>
        <source>Classroom</source>
        <comment>window title: the instructor&apos;s view of the seats</comment>
        <translation>Klassenraum</translation>
    </message>
    <message>
        <source>Seat Activity</source>
        <translation>Aktivität des Platzes</translation>
    </message>
    <message>
        <source>Reset Seat</source>
        <translation>Platz zurücksetzen</translation>
    </message>
    <message>
        <source>Classroom — Sync Console</source>
        <translation>Klassenraum — Sync Console</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Reset All Seats…</source>
        <translation>Alle Plätze zurücksetzen…</translation>
    </message>
    <message>
        <source>Move the class&apos;s clock by</source>
        <translation>Uhr der Klasse vorstellen um</translation>
    </message>
    <message>
        <source> min</source>
        <comment>spin box suffix: minutes</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes to move the class&apos;s clock by</source>
        <translation>Minuten, um die die Uhr der Klasse vorgestellt wird</translation>
    </message>
    <message>
        <source>Move Clock</source>
        <translation>Uhr vorstellen</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Seat activity</source>
        <translation>Aktivität des Platzes</translation>
    </message>
    <message>
        <source>Click a seat to see what the simulator saw it do.</source>
        <translation>Klicken Sie auf einen Platz, um zu sehen, was der Simulator von ihm gesehen hat.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>This server is not a classroom simulator (it answered 404 to /_sim/classroom).</source>
        <translation>Dieser Server ist kein Klassenraum-Simulator (er antwortete 404 auf /_sim/classroom).</translation>
    </message>
    <message>
        <source>The class could not be read: %1</source>
        <translation>Die Klasse konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the class…</source>
        <translation>Klasse wird gelesen…</translation>
    </message>
    <message>
        <source>Classroom: %1</source>
        <translation>Klassenraum: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s), read at %1</source>
        <extracomment>%n number of seats, %1 the time the class was last read</extracomment>
        <translation>
            <numerusform>%n Platz, gelesen um %1</numerusform>
            <numerusform>%n Plätze, gelesen um %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Seat %1: %2</source>
        <translation>Platz %1: %2</translation>
    </message>
    <message>
        <source>Seat %1 could not be reset: %2</source>
        <translation>Platz %1 konnte nicht zurückgesetzt werden: %2</translation>
    </message>
    <message>
        <source>Reset All Seats</source>
        <translation>Alle Plätze zurücksetzen</translation>
    </message>
    <message>
        <source>Put every seat back at the scenario&apos;s start? The trainees&apos; apps, drafts, deployments and progress are lost.</source>
        <translation>Alle Plätze auf den Anfang des Szenarios zurücksetzen? Apps, Entwürfe, Bereitstellungen und Fortschritt der Teilnehmenden gehen verloren.</translation>
    </message>
    <message>
        <source>Reset All</source>
        <translation>Alle zurücksetzen</translation>
    </message>
    <message>
        <source>The seats could not be reset: %1</source>
        <translation>Die Plätze konnten nicht zurückgesetzt werden: %1</translation>
    </message>
    <message>
        <source>The class&apos;s clock could not be moved: %1</source>
        <translation>Die Uhr der Klasse konnte nicht vorgestellt werden: %1</translation>
    </message>
    <message>
        <source>Export the class</source>
        <translation>Klasse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Markdown files (*.md)</source>
        <translation>CSV-Dateien (*.csv);;Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>The class could not be exported: %1</source>
        <translation>Die Klasse konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>The class was exported to %1.</source>
        <translation>Die Klasse wurde nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>ClientRecoveryPanel</name>
    <message>
        <source>Client recovery</source>
        <translation>Client-Wiederherstellung</translation>
    </message>
    <message>
        <source>Hide the client recovery panel</source>
        <translation>Bereich „Client-Wiederherstellung“ ausblenden</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <comment>devices that connected again</comment>
        <translation>Wieder verbunden</translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>devices that went through a client reset</comment>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <source>Recovered</source>
        <comment>devices that recovered their unsynced changes</comment>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Discarded</source>
        <comment>devices that lost their unsynced changes</comment>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Waiting in error</source>
        <comment>devices waiting for their app to reset them</comment>
        <translation>Wartet im Fehlerzustand</translation>
    </message>
    <message>
        <source>Not back yet</source>
        <comment>devices that have not connected since</comment>
        <translation>Noch nicht zurück</translation>
    </message>
    <message>
        <source>since Sync was re-enabled at %1</source>
        <translation>seit Sync um %1 wieder aktiviert wurde</translation>
    </message>
    <message>
        <source>since Sync was resumed at %1</source>
        <translation>seit Sync um %1 fortgesetzt wurde</translation>
    </message>
    <message>
        <source>counted from the App Services logs</source>
        <translation>gezählt aus den App-Services-Protokollen</translation>
    </message>
    <message>
        <source>counted from the simulator&apos;s devices</source>
        <translation>gezählt aus den Geräten des Simulators</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recovered</source>
        <translation>
            <numerusform>%n Änderung wiederhergestellt</numerusform>
            <numerusform>%n Änderungen wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>changes lost: not in the logs</source>
        <translation>verlorene Änderungen: nicht in den Protokollen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) lost</source>
        <translation>
            <numerusform>%n Änderung verloren</numerusform>
            <numerusform>%n Änderungen verloren</numerusform>
        </translation>
    </message>
    <message>
        <source>reconnected, no reset needed</source>
        <translation>wieder verbunden, kein Client-Reset nötig</translation>
    </message>
    <message>
        <source>not back yet (offline)</source>
        <translation>noch nicht zurück (offline)</translation>
    </message>
    <message>
        <source>has not synced</source>
        <translation>hat nicht synchronisiert</translation>
    </message>
    <message>
        <source>refused (%1), waits in error until its app resets it (%2 mode)</source>
        <translation>abgewiesen (%1), wartet im Fehlerzustand, bis die App es zurücksetzt – Modus „%2“</translation>
    </message>
    <message>
        <source>reset (%1), had no unsynced changes</source>
        <translation>zurückgesetzt (%1), hatte keine nicht synchronisierten Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>reset (%1), recovered %n change(s)</source>
        <translation>
            <numerusform>zurückgesetzt (%1), %n Änderung wiederhergestellt</numerusform>
            <numerusform>zurückgesetzt (%1), %n Änderungen wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reset (%1), lost %n change(s)</source>
        <translation>
            <numerusform>zurückgesetzt (%1), %n Änderung verloren</numerusform>
            <numerusform>zurückgesetzt (%1), %n Änderungen verloren</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 (%3 mode): %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf %2 (Modus %3): %4</translation>
    </message>
    <message>
        <source>Could not read the latest state: %1</source>
        <translation>Der neueste Zustand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Devices are told apart by user, platform and SDK. The logs do not say which devices have not come back.</source>
        <translation>Geräte werden nach Benutzer, Plattform und SDK unterschieden. Die Protokolle verraten nicht, welche Geräte noch nicht zurück sind.</translation>
    </message>
    <message numerus="yes">
        <source>For %n device(s) that reset, the logs do not say whether their unsynced changes were recovered or lost.</source>
        <translation>
            <numerusform>Für %n zurückgesetztes Gerät verraten die Protokolle nicht, ob seine nicht synchronisierten Änderungen wiederhergestellt wurden oder verloren gingen.</numerusform>
            <numerusform>Für %n zurückgesetzte Geräte verraten die Protokolle nicht, ob ihre nicht synchronisierten Änderungen wiederhergestellt wurden oder verloren gingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting stopped at %1 log entries.</source>
        <translation>Die Zählung endete bei %1 Protokolleinträgen.</translation>
    </message>
    <message>
        <source>Counting stopped an hour after Sync came back; these are the last figures.</source>
        <translation>Die Zählung endete eine Stunde, nachdem Sync wieder lief; dies sind die letzten Zahlen.</translation>
    </message>
</context>
<context>
    <name>ClientResetPreview</name>
    <message>
        <source>recover</source>
        <comment>client reset mode</comment>
        <translation>wiederherstellen (recover)</translation>
    </message>
    <message>
        <source>recover-or-discard</source>
        <comment>client reset mode</comment>
        <translation>wiederherstellen oder verwerfen (recover-or-discard)</translation>
    </message>
    <message>
        <source>discard</source>
        <comment>client reset mode</comment>
        <translation>verwerfen (discard)</translation>
    </message>
    <message>
        <source>manual</source>
        <comment>client reset mode</comment>
        <translation>manuell (manual)</translation>
    </message>
    <message>
        <source>No device has synced with this app yet, so none will need a client reset.</source>
        <translation>Noch kein Gerät hat mit dieser App synchronisiert, daher braucht keines einen Client-Reset.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) will need a client reset.</source>
        <translation>
            <numerusform>%n Gerät wird einen Client-Reset brauchen.</numerusform>
            <numerusform>%n Geräte werden einen Client-Reset brauchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of them holds unsynced changes.</source>
        <translation>Keines davon hat nicht synchronisierte Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them hold(s) unsynced changes, %1 in all.</source>
        <translation>
            <numerusform>%n davon hat nicht synchronisierte Änderungen, insgesamt %1.</numerusform>
            <numerusform>%n davon haben nicht synchronisierte Änderungen, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Client recovery is off for this app.</source>
        <translation>Die Client-Wiederherstellung ist für diese App ausgeschaltet.</translation>
    </message>
    <message numerus="yes">
        <source>With client recovery on, %n of them will recover their changes.</source>
        <translation>
            <numerusform>Mit eingeschalteter Client-Wiederherstellung wird %n davon seine Änderungen wiederherstellen.</numerusform>
            <numerusform>Mit eingeschalteter Client-Wiederherstellung werden %n davon ihre Änderungen wiederherstellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 device (%2 mode) will lose %n change(s).</source>
        <translation>
            <numerusform>Das Gerät %1 wird im Modus „%2“ %n Änderung verlieren.</numerusform>
            <numerusform>Das Gerät %1 wird im Modus „%2“ %n Änderungen verlieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 device (%2 mode) will stop syncing until its app resets it.</source>
        <translation>Das Gerät %1 synchronisiert im Modus „%2“ nicht mehr, bis seine App es zurücksetzt.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them will hold changes by the time they reset, as their users keep working while Sync is off.</source>
        <translation>
            <numerusform>%n davon wird Änderungen halten, wenn es zurückgesetzt wird, da seine Nutzer weiterarbeiten, während Sync aus ist.</numerusform>
            <numerusform>%n davon werden Änderungen halten, wenn sie zurückgesetzt werden, da ihre Nutzer weiterarbeiten, während Sync aus ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 device (%2 mode) will lose the changes its user makes until then.</source>
        <translation>Das Gerät %1 (Modus %2) wird die Änderungen verlieren, die sein Nutzer bis dahin macht.</translation>
    </message>
</context>
<context>
    <name>ConfigStepRow</name>
    <message>
        <source>Step %1 done</source>
        <translation>Schritt %1 erledigt</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Built-in simulator</source>
        <translation>Integrierter Simulator</translation>
    </message>
    <message>
        <source>Connect</source>
        <comment>button: connect to the server</comment>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect to App Services</source>
        <translation>Mit App Services verbinden</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>e.g. Production EU</source>
        <translation>z. B. Produktion EU</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>connection profile name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scenario</source>
        <comment>simulator scenario</comment>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>kept in the system keychain, never in a file</source>
        <translation>im Schlüsselbund des Systems, nie in einer Datei</translation>
    </message>
    <message>
        <source>optional: the first project of your key</source>
        <translation>optional: das erste Projekt Ihres Schlüssels</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Public API key</source>
        <translation>Öffentlicher API-Schlüssel</translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation>Privater API-Schlüssel</translation>
    </message>
    <message>
        <source>Project (group) ID</source>
        <translation>Projekt-ID (Gruppe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>No keychain here: the key is asked for each session</source>
        <translation>Kein Schlüsselbund vorhanden: Der Schlüssel wird in jeder Sitzung abgefragt</translation>
    </message>
    <message>
        <source>Enter the public API key.</source>
        <translation>Geben Sie den öffentlichen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>&amp;Keep the private key in the system keychain</source>
        <translation>Privaten Schlüssel im Schlüsselbund des Systems &amp;aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <comment>button: connect to the server</comment>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Built-in simulator</source>
        <translation>&amp;Integrierter Simulator</translation>
    </message>
    <message>
        <source>&amp;App Services</source>
        <translation>App &amp;Services</translation>
    </message>
    <message>
        <source>Forgotten. The next connection asks about the server&apos;s certificate again.</source>
        <translation>Vergessen. Bei der nächsten Verbindung wird wieder nach dem Zertifikat des Servers gefragt.</translation>
    </message>
</context>
<context>
    <name>ConnectionFlow</name>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Built-in simulator</source>
        <translation>Integrierter Simulator</translation>
    </message>
    <message>
        <source>Enter the private API key for “%1”.</source>
        <translation>Geben Sie den privaten API-Schlüssel für „%1“ ein.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in: %n app(s) in the project.</source>
        <translation>
            <numerusform>Angemeldet: %n App im Projekt.</numerusform>
            <numerusform>Angemeldet: %n Apps im Projekt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <source>The scenario “%1” is back at its start.</source>
        <translation>Das Szenario „%1“ ist wieder am Anfang.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>This simulator has no scenario start to go back to.</source>
        <translation>Dieser Simulator hat keinen Szenariostart, zu dem er zurückkehren könnte.</translation>
    </message>
    <message>
        <source>This server is not a classroom simulator: %1</source>
        <translation>Dieser Server ist kein Klassenraum-Simulator: %1</translation>
    </message>
    <message>
        <source>&amp;Classroom…</source>
        <translation>&amp;Klassenraum…</translation>
    </message>
</context>
<context>
    <name>ConsoleDialog</name>
    <message>
        <source>Close</source>
        <comment>button: close the dialog</comment>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>sync-console: %1
Try “sync-console --help”.</source>
        <translation>sync-console: %1
Versuchen Sie „sync-console --help“.</translation>
    </message>
    <message>
        <source>Sync Console: pause, terminate and re-enable Atlas Device Sync, and review and deploy the draft, on the App Services Admin API v3.0 or on the built-in simulator (the default).
Credentials for --base-url come from MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY.</source>
        <translation>Sync Console: Atlas Device Sync pausieren, beenden und wieder aktivieren sowie den Entwurf prüfen und bereitstellen, über die App Services Admin API v3.0 oder den integrierten Simulator (Standard).
Die Anmeldedaten für --base-url kommen aus MONGODB_ATLAS_PUBLIC_API_KEY und MONGODB_ATLAS_PRIVATE_API_KEY.</translation>
    </message>
    <message>
        <source>The built-in simulator&apos;s scenario.</source>
        <translation>Das Szenario des integrierten Simulators.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>An Admin API to use instead of the simulator, e.g. https://services.cloud.mongodb.com/api/admin/v3.0.</source>
        <translation>Eine Admin API, die statt des Simulators verwendet wird, z. B. https://services.cloud.mongodb.com/api/admin/v3.0.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The project (group) id; default: the first one of your profile.</source>
        <translation>Die Projekt-ID (Gruppe); Standard: die erste Ihres Profils.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The app: its _id, client app id or name; default: the first.</source>
        <translation>Die App: ihre _id, Client-App-ID oder ihr Name; Standard: die erste.</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>Play a procedure through the real widgets: terminate, pause, resume or enable.</source>
        <translation>Einen Ablauf mit den echten Bedienelementen abspielen: terminate, pause, resume oder enable.</translation>
    </message>
    <message>
        <source>PROCEDURE</source>
        <translation>ABLAUF</translation>
    </message>
    <message>
        <source>Milliseconds between autoplay steps (0 for scripts).</source>
        <translation>Millisekunden zwischen den Autoplay-Schritten (0 für Skripte).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Quit once the server confirms the result (status 0), or with the error on stderr and a non-zero status.</source>
        <translation>Beenden, sobald der Server das Ergebnis bestätigt (Status 0), oder mit dem Fehler auf stderr und einem Status ungleich 0.</translation>
    </message>
    <message>
        <source>Play the pause and terminate procedures and write their figures as PNG into DIR.</source>
        <translation>Die Abläufe „Pausieren“ und „Beenden“ abspielen und ihre Abbildungen als PNG in DIR schreiben.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Confirm Terminate Sync by typing “Terminate Sync” instead of a checkbox.</source>
        <translation>„Sync beenden“ durch Eintippen von „Sync beenden“ statt mit einem Kontrollkästchen bestätigen.</translation>
    </message>
    <message>
        <source>List the simulator&apos;s scenarios and exit.</source>
        <translation>Die Szenarien des Simulators auflisten und beenden.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown scenario “%1”; choose one of: %2</source>
        <translation>unbekanntes Szenario „%1“; wählen Sie eines aus: %2</translation>
    </message>
    <message>
        <source>--base-url needs an http(s) URL such as https://services.cloud.mongodb.com/api/admin/v3.0</source>
        <translation>--base-url braucht eine http(s)-URL wie https://services.cloud.mongodb.com/api/admin/v3.0</translation>
    </message>
    <message>
        <source>--autoplay takes one of: %1</source>
        <translation>--autoplay nimmt einen der Werte: %1</translation>
    </message>
    <message>
        <source>--autoplay-delay needs a whole number of milliseconds, at least 0</source>
        <translation>--autoplay-delay braucht eine ganze Zahl von Millisekunden, mindestens 0</translation>
    </message>
    <message>
        <source>--capture-docs plays the procedures it pictures; it cannot be combined with --autoplay %1</source>
        <translation>--capture-docs spielt die Abläufe ab, die es abbildet; es kann nicht mit --autoplay %1 kombiniert werden</translation>
    </message>
    <message>
        <source>The language of the console: %1; default: the one chosen in Settings, else the system&apos;s.</source>
        <translation>Die Sprache der Konsole: %1; Standard: die in den Einstellungen gewählte, sonst die des Systems.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <comment>value of --lang</comment>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>unknown language “%1”; the console speaks: %2</source>
        <translation>unbekannte Sprache „%1“; die Konsole spricht: %2</translation>
    </message>
    <message>
        <source>The generation of the Sync page: 2021 (the classic page) or 2023 (the Device Sync page with its Dashboard); default: the one chosen in Settings.</source>
        <translation>Die Generation der Sync-Seite: 2021 (die klassische Seite) oder 2023 (die Seite „Device Sync“ mit ihrem Dashboard); Standard: die in den Einstellungen gewählte.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <comment>value of --ui</comment>
        <translation>JAHR</translation>
    </message>
    <message>
        <source>--ui takes 2021 or 2023, not “%1”</source>
        <translation>--ui erwartet 2021 oder 2023, nicht „%1“</translation>
    </message>
    <message>
        <source>Open the instructor&apos;s view of a classroom simulator (sync-console-sim --classroom N) once connected with the instructor&apos;s key.</source>
        <translation>Nach der Verbindung mit dem Schlüssel der Lehrkraft die Ansicht der Lehrkraft eines Klassenraum-Simulators (sync-console-sim --classroom N) öffnen.</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>The built-in simulator could not listen on the loopback interface.</source>
        <translation>Der integrierte Simulator konnte nicht auf der Loopback-Schnittstelle lauschen.</translation>
    </message>
    <message>
        <source>Set MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY to the API key pair for %1.</source>
        <translation>Setzen Sie MONGODB_ATLAS_PUBLIC_API_KEY und MONGODB_ATLAS_PRIVATE_API_KEY auf das API-Schlüsselpaar für %1.</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>Die Anmeldung bei %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading your profile failed: %1</source>
        <translation>Ihr Profil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your API key holds no project role; give the project id with --group.</source>
        <translation>Ihr API-Schlüssel hat keine Projektrolle; geben Sie die Projekt-ID mit --group an.</translation>
    </message>
    <message>
        <source>Listing the apps of project %1 failed: %2</source>
        <translation>Die Apps von Projekt %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Project %1 has no apps.</source>
        <translation>Projekt %1 hat keine Apps.</translation>
    </message>
    <message>
        <source>Project %1 has no app “%2”.</source>
        <translation>Projekt %1 hat keine App „%2“.</translation>
    </message>
</context>
<context>
    <name>CtlChange</name>
    <message>
        <source>Nothing was changed: confirm with --yes when no one is at a terminal.</source>
        <translation>Nichts wurde geändert: Bestätigen Sie mit --yes, wenn niemand an einem Terminal sitzt.</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>Nicht bestätigt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>There is no draft to deploy.</source>
        <translation>Es gibt keinen Entwurf zum Bereitstellen.</translation>
    </message>
    <message>
        <source>There is no draft to discard.</source>
        <translation>Es gibt keinen Entwurf zum Verwerfen.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Der Entwurf wurde verworfen.</translation>
    </message>
    <message>
        <source>Deploy %1 again? Type y to go on: </source>
        <translation>%1 erneut bereitstellen? Geben Sie j ein, um fortzufahren: </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer that confirms</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>Sync is already paused.</source>
        <translation>Sync ist bereits pausiert.</translation>
    </message>
    <message>
        <source>Sync is already enabled.</source>
        <translation>Sync ist bereits aktiviert.</translation>
    </message>
    <message>
        <source>Sync is already terminated.</source>
        <translation>Sync ist bereits beendet.</translation>
    </message>
    <message>
        <source>Sync is %1: it cannot be changed with %2.</source>
        <translation>Sync ist %1: Mit %2 lässt es sich nicht ändern.</translation>
    </message>
    <message>
        <source>A draft is pending: deploy it (deploy) or discard it (discard) first.</source>
        <translation>Ein Entwurf steht aus: Stellen Sie ihn zuerst bereit (deploy) oder verwerfen Sie ihn (discard).</translation>
    </message>
    <message>
        <source>Drafts are off: a change goes live at once, so there is nothing to try. Nothing was changed.</source>
        <translation>Entwürfe sind aus: Eine Änderung wird sofort wirksam, es gibt also nichts auszuprobieren. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Terminating Sync discards the devices&apos; unsynced changes at their next client reset. Type “%1” to go on: </source>
        <translation>Das Beenden von Sync verwirft die nicht synchronisierten Änderungen der Geräte bei ihrem nächsten Client-Reset. Geben Sie „%1“ ein, um fortzufahren: </translation>
    </message>
    <message>
        <source>Terminate Sync</source>
        <comment>the phrase typed to confirm</comment>
        <translation>Sync beenden</translation>
    </message>
    <message>
        <source>Drafts are on: a change is deployed after a confirmation. Give --yes to deploy it, or --dry-run to see the draft&apos;s changes only.</source>
        <translation>Entwürfe sind an: Eine Änderung wird nach einer Bestätigung bereitgestellt. Geben Sie --yes an, um sie bereitzustellen, oder --dry-run, um nur die Änderungen des Entwurfs zu sehen.</translation>
    </message>
    <message>
        <source>The console could not start %1 now.</source>
        <translation>Die Konsole konnte %1 jetzt nicht starten.</translation>
    </message>
    <message>
        <source>No configuration was saved when Sync was terminated here; give --config FILE.</source>
        <translation>Beim Beenden von Sync wurde hier keine Konfiguration gespeichert; geben Sie --config DATEI an.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The draft changes nothing.</source>
        <translation>Der Entwurf ändert nichts.</translation>
    </message>
    <message>
        <source>Dry run: the draft was discarded; nothing was deployed.</source>
        <translation>Probelauf: Der Entwurf wurde verworfen; nichts wurde bereitgestellt.</translation>
    </message>
    <message>
        <source>Deploy these changes? Type y to deploy: </source>
        <translation>Diese Änderungen bereitstellen? Geben Sie j ein, um bereitzustellen: </translation>
    </message>
    <message>
        <source>Not confirmed; the draft was not deployed and is kept.</source>
        <translation>Nicht bestätigt; der Entwurf wurde nicht bereitgestellt und bleibt erhalten.</translation>
    </message>
    <message>
        <source>Deploying %1: %2</source>
        <translation>Bereitstellung %1: %2</translation>
    </message>
    <message>
        <source>No deployment was started.</source>
        <translation>Es wurde keine Bereitstellung gestartet.</translation>
    </message>
    <message>
        <source>Deployment %1 failed.</source>
        <translation>Die Bereitstellung %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Deployed: %1</source>
        <translation>Bereitgestellt: %1</translation>
    </message>
    <message>
        <source>Not confirmed; the draft was discarded, nothing was changed.</source>
        <translation>Nicht bestätigt; der Entwurf wurde verworfen, nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 holds no sync configuration: it needs an object named %2 or %3.</source>
        <translation>%1 enthält keine Sync-Konfiguration: Es braucht ein Objekt namens %2 oder %3.</translation>
    </message>
</context>
<context>
    <name>CtlConnection</name>
    <message>
        <source>There is no connection profile “%1”.</source>
        <translation>Es gibt kein Verbindungsprofil „%1“.</translation>
    </message>
    <message>
        <source>No private API key is saved for “%1”; set MONGODB_ATLAS_PRIVATE_API_KEY.</source>
        <translation>Für „%1“ ist kein privater API-Schlüssel gespeichert; setzen Sie MONGODB_ATLAS_PRIVATE_API_KEY.</translation>
    </message>
</context>
<context>
    <name>CtlFormat</name>
    <message>
        <source>never</source>
        <comment>a time that is not known</comment>
        <translation>nie</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>gone: the app answers 404</source>
        <translation>verschwunden: Die App antwortet mit 404</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>App:            %1 (%2)</source>
        <translation>App:            %1 (%2)</translation>
    </message>
    <message>
        <source>Cluster:        %1</source>
        <translation>Cluster:        %1</translation>
    </message>
    <message>
        <source>Sync:           %1</source>
        <translation>Sync:           %1</translation>
    </message>
    <message>
        <source>Last disabled:  %1</source>
        <translation>Zuletzt pausiert: %1</translation>
    </message>
    <message>
        <source>Lag:            %1</source>
        <translation>Verzögerung:    %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Sessions:       %1</source>
        <translation>Sitzungen:      %1</translation>
    </message>
    <message>
        <source>Drafts:         %1</source>
        <translation>Entwürfe:       %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>on, a draft is pending</source>
        <translation>an, ein Entwurf steht aus</translation>
    </message>
    <message>
        <source>on, no draft pending</source>
        <translation>an, kein Entwurf steht aus</translation>
    </message>
</context>
<context>
    <name>CtlOptions</name>
    <message>
        <source>sync-consolectl: %1
Try “sync-consolectl --help”.</source>
        <translation>sync-consolectl: %1
Versuchen Sie „sync-consolectl --help“.</translation>
    </message>
    <message>
        <source>Sync Console&apos;s command line: read, pause, resume, terminate and re-enable Atlas Device Sync, and review and deploy the draft, from scripts. It uses the console&apos;s profiles and keychain; --base-url takes its keys from MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY.

Commands: %1

Exit status: 0 done, 1 the server refused, 2 usage, 3 network or sign-in, 4 timed out, 5 conflict (a draft exists).</source>
        <translation>Die Kommandozeile der Sync Console: Atlas Device Sync aus Skripten lesen, pausieren, fortsetzen, beenden und wieder aktivieren sowie den Entwurf prüfen und bereitstellen. Sie nutzt die Profile und den Schlüsselbund der Konsole; --base-url nimmt die Schlüssel aus MONGODB_ATLAS_PUBLIC_API_KEY und MONGODB_ATLAS_PRIVATE_API_KEY.

Befehle: %1

Exit-Status: 0 erledigt, 1 vom Server abgelehnt, 2 Aufruf, 3 Netzwerk oder Anmeldung, 4 Zeitüberschreitung, 5 Konflikt (ein Entwurf existiert).</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS]</source>
        <translation>BEFEHL [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Answer in JSON: one document, or one line per update.</source>
        <translation>In JSON antworten: ein Dokument oder eine Zeile pro Aktualisierung.</translation>
    </message>
    <message>
        <source>Deploy and terminate without asking.</source>
        <translation>Ohne Nachfrage bereitstellen und beenden.</translation>
    </message>
    <message>
        <source>Show the draft&apos;s changes, then discard it.</source>
        <translation>Die Änderungen des Entwurfs zeigen, dann ihn verwerfen.</translation>
    </message>
    <message>
        <source>An Admin API, e.g. %1.</source>
        <translation>Eine Admin-API, z. B. %1.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The project (group) id.</source>
        <translation>Die Projekt-ID (Gruppe).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The app: its _id, client app id or name.</source>
        <translation>Die App: ihre _id, Client-App-ID oder ihr Name.</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>One of the console&apos;s saved connection profiles.</source>
        <translation>Eines der gespeicherten Verbindungsprofile der Konsole.</translation>
    </message>
    <message>
        <source>The built-in simulator&apos;s scenario.</source>
        <translation>Das Szenario des integrierten Simulators.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The language: %1.</source>
        <translation>Die Sprache: %1.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <comment>value of --lang</comment>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Give up after this long (exit status 4).</source>
        <translation>Nach dieser Dauer aufgeben (Exit-Status 4).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>status: show it again whenever it changes.</source>
        <translation>status: bei jeder Änderung erneut anzeigen.</translation>
    </message>
    <message>
        <source>--watch, --follow: read again this often.</source>
        <translation>--watch, --follow: so oft erneut lesen.</translation>
    </message>
    <message>
        <source>--watch, --follow: stop after N updates.</source>
        <translation>--watch, --follow: nach N Aktualisierungen aufhören.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>enable: with the configuration saved when Sync was terminated.</source>
        <translation>enable: mit der beim Beenden von Sync gespeicherten Konfiguration.</translation>
    </message>
    <message>
        <source>enable: with the sync block in this JSON file.</source>
        <translation>enable: mit dem Sync-Block aus dieser JSON-Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>deploy: the deployment&apos;s name.</source>
        <translation>deploy: der Name der Bereitstellung.</translation>
    </message>
    <message>
        <source>logs: one type, e.g. SYNC_ERROR.</source>
        <translation>logs: ein Typ, z. B. SYNC_ERROR.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>logs: errors only.</source>
        <translation>logs: nur Fehler.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>logs: one user&apos;s entries.</source>
        <translation>logs: die Einträge eines Benutzers.</translation>
    </message>
    <message>
        <source>logs: keep printing new entries.</source>
        <translation>logs: neue Einträge fortlaufend ausgeben.</translation>
    </message>
    <message>
        <source>runbook: how long to wait between terminating and enabling again.</source>
        <translation>runbook: wie lange zwischen Beenden und erneutem Aktivieren gewartet wird.</translation>
    </message>
    <message>
        <source>--%1 belongs to %2, not to %3</source>
        <translation>--%1 gehört zu %2, nicht zu %3</translation>
    </message>
    <message>
        <source>unknown language “%1”</source>
        <translation>unbekannte Sprache „%1“</translation>
    </message>
    <message>
        <source>unknown scenario “%1”; choose one of: %2</source>
        <translation>unbekanntes Szenario „%1“; wählen Sie eines aus: %2</translation>
    </message>
    <message>
        <source>--base-url needs an http(s) URL</source>
        <translation>--base-url braucht eine http(s)-URL</translation>
    </message>
    <message>
        <source>--%1 needs a duration such as 90s, 10m or 2h</source>
        <translation>--%1 braucht eine Dauer wie 90s, 10m oder 2h</translation>
    </message>
    <message>
        <source>--interval needs a duration such as 500ms or 2s</source>
        <translation>--interval braucht eine Dauer wie 500ms oder 2s</translation>
    </message>
    <message>
        <source>--count needs a whole number, at least 1</source>
        <translation>--count braucht eine ganze Zahl, mindestens 1</translation>
    </message>
    <message>
        <source>give --from-snapshot or --config, not both</source>
        <translation>geben Sie --from-snapshot oder --config an, nicht beide</translation>
    </message>
    <message>
        <source>unknown log type “%1”</source>
        <translation>unbekannter Log-Typ „%1“</translation>
    </message>
    <message>
        <source>--since needs a time (2026-05-01T10:00:00Z) or a duration (10m, 2h)</source>
        <translation>--since braucht eine Zeit (2026-05-01T10:00:00Z) oder eine Dauer (10m, 2h)</translation>
    </message>
    <message>
        <source>--dry-run goes with a change, not with %1</source>
        <translation>--dry-run gehört zu einer Änderung, nicht zu %1</translation>
    </message>
    <message>
        <source>%1 takes %2</source>
        <translation>%1 erwartet %2</translation>
    </message>
    <message>
        <source>the id of a deployment</source>
        <translation>die ID einer Bereitstellung</translation>
    </message>
    <message>
        <source>runbook takes one name: terminate-and-reenable</source>
        <translation>runbook erwartet einen Namen: terminate-and-reenable</translation>
    </message>
    <message>
        <source>drafts takes nothing, on or off</source>
        <translation>drafts erwartet nichts, on oder off</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>name a command: %1</source>
        <translation>nennen Sie einen Befehl: %1</translation>
    </message>
    <message>
        <source>unknown command “%1”; the commands are: %2</source>
        <translation>unbekannter Befehl „%1“; die Befehle sind: %2</translation>
    </message>
    <message>
        <source>time takes how far to move the simulator&apos;s clock, e.g. 10m</source>
        <translation>time erwartet, wie weit die Uhr des Simulators vorgestellt wird, z. B. 10m</translation>
    </message>
    <message>
        <source>logs, report: from this time, or this long ago (10m, 2h).</source>
        <translation>logs, report: ab dieser Zeit oder vor dieser Dauer (10m, 2h).</translation>
    </message>
    <message>
        <source>runbook: write the procedure report to FILE (Markdown, or PDF for *.pdf).</source>
        <translation>runbook: den Ablaufbericht in DATEI schreiben (Markdown, oder PDF bei *.pdf).</translation>
    </message>
    <message>
        <source>report, runbook: write the report as PDF.</source>
        <translation>report, runbook: den Bericht als PDF schreiben.</translation>
    </message>
    <message>
        <source>report needs --since TIME (2026-05-01T10:00:00Z, or 2h)</source>
        <translation>report braucht --since ZEIT (2026-05-01T10:00:00Z oder 2h)</translation>
    </message>
    <message>
        <source>--pdf needs a file: --out FILE (report) or --report FILE (runbook)</source>
        <translation>--pdf braucht eine Datei: --out DATEI (report) oder --report DATEI (runbook)</translation>
    </message>
    <message>
        <source>report: write it to FILE (Markdown, or PDF for *.pdf) instead of printing it; classroom: the class&apos;s table to FILE (CSV, or Markdown for *.md).</source>
        <translation>report: in DATEI schreiben (Markdown, oder PDF bei *.pdf), statt ihn auszugeben; classroom: die Tabelle der Klasse in DATEI (CSV, oder Markdown bei *.md).</translation>
    </message>
    <message>
        <source>Accept the server&apos;s certificate with this SHA-256 fingerprint although this computer does not trust it (a class&apos;s simulator prints it); else the profile&apos;s.</source>
        <translation>Das Zertifikat des Servers mit diesem SHA-256-Fingerabdruck akzeptieren, obwohl dieser Computer ihm nicht vertraut (der Simulator eines Kurses gibt ihn aus); sonst den des Profils.</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>--pin needs a SHA-256 fingerprint: 32 bytes in hex, as AB:CD:…</source>
        <translation>--pin braucht einen SHA-256-Fingerabdruck: 32 Bytes hexadezimal, etwa AB:CD:…</translation>
    </message>
</context>
<context>
    <name>CtlReport</name>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The report is in %1.</source>
        <translation>Der Bericht steht in %1.</translation>
    </message>
</context>
<context>
    <name>CtlRun</name>
    <message numerus="yes">
        <source>No answer within %n second(s); the command was given up. The server may still carry out a change it received.</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde; der Befehl wurde aufgegeben. Der Server kann eine empfangene Änderung dennoch ausführen.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden; der Befehl wurde aufgegeben. Der Server kann eine empfangene Änderung dennoch ausführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are on.</source>
        <translation>Entwürfe sind an.</translation>
    </message>
    <message>
        <source>Drafts are off.</source>
        <translation>Entwürfe sind aus.</translation>
    </message>
    <message>
        <source>Draft %1 is pending.</source>
        <translation>Entwurf %1 steht aus.</translation>
    </message>
    <message>
        <source>No draft is pending.</source>
        <translation>Kein Entwurf steht aus.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message numerus="yes">
        <source>The simulator&apos;s clock moved %n second(s) forward.</source>
        <translation>
            <numerusform>Die Uhr des Simulators wurde %n Sekunde vorgestellt.</numerusform>
            <numerusform>Die Uhr des Simulators wurde %n Sekunden vorgestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The class could not be written to %1: %2</source>
        <translation>Die Klasse konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The class is in %1.</source>
        <translation>Die Klasse steht in %1.</translation>
    </message>
</context>
<context>
    <name>CtlRunbook</name>
    <message>
        <source>Sync is not enabled or paused: there is nothing to terminate.</source>
        <translation>Sync ist weder aktiviert noch pausiert: Es gibt nichts zu beenden.</translation>
    </message>
    <message>
        <source>A draft is pending: deploy it (deploy) or discard it (discard) first.</source>
        <translation>Ein Entwurf steht aus: Stellen Sie ihn zuerst bereit (deploy) oder verwerfen Sie ihn (discard).</translation>
    </message>
    <message>
        <source>Nothing was changed: confirm with --yes when no one is at a terminal.</source>
        <translation>Nichts wurde geändert: Bestätigen Sie mit --yes, wenn niemand an einem Terminal sitzt.</translation>
    </message>
    <message>
        <source>1. Before: %1</source>
        <translation>1. Vorher: %1</translation>
    </message>
    <message numerus="yes">
        <source>2. Sync is terminated; waiting %n second(s) before enabling it again.</source>
        <translation>
            <numerusform>2. Sync ist beendet; es wird %n Sekunde gewartet, bevor es wieder aktiviert wird.</numerusform>
            <numerusform>2. Sync ist beendet; es wird %n Sekunden gewartet, bevor es wieder aktiviert wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>3. Enabling Sync again with the saved configuration.</source>
        <translation>3. Sync wird mit der gespeicherten Konfiguration wieder aktiviert.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>4. After: no client has come back yet.</source>
        <translation>4. Danach: Noch kein Client ist zurückgekehrt.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>4. After: %1</source>
        <translation>4. Danach: %1</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Review &amp; Deploy Changes</source>
        <translation>Änderungen prüfen und bereitstellen</translation>
    </message>
    <message>
        <source>Review &amp; Discard Changes</source>
        <translation>Änderungen prüfen und verwerfen</translation>
    </message>
    <message>
        <source>Application</source>
        <comment>diff section heading</comment>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Changes to deploy</source>
        <translation>Bereitzustellende Änderungen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The draft holds no changes yet.</source>
        <translation>Der Entwurf enthält noch keine Änderungen.</translation>
    </message>
    <message>
        <source>Loading the changes…</source>
        <translation>Änderungen werden geladen…</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>Wird bereitgestellt…</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>Wird verworfen…</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <comment>button: deploy the draft</comment>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <comment>button: discard the draft</comment>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Deployment Draft</source>
        <translation>Bereitstellungsentwurf</translation>
    </message>
    <message>
        <source>Set a deployment name</source>
        <translation>Namen der Bereitstellung festlegen</translation>
    </message>
    <message>
        <source>Deployment name</source>
        <translation>Name der Bereitstellung</translation>
    </message>
    <message>
        <source>&amp;Export State</source>
        <translation>Zustand &amp;exportieren</translation>
    </message>
    <message>
        <source>Disca&amp;rd Draft</source>
        <translation>Entwurf &amp;verwerfen</translation>
    </message>
</context>
<context>
    <name>DeploymentFlow</name>
    <message>
        <source>Deploying the draft was interrupted.</source>
        <translation>Das Bereitstellen des Entwurfs wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Redeploying was interrupted.</source>
        <translation>Das erneute Bereitstellen wurde unterbrochen.</translation>
    </message>
    <message>
        <source>looking for the deployment the redeploy started</source>
        <translation>Suche nach der Bereitstellung, die das erneute Bereitstellen gestartet hat</translation>
    </message>
    <message>
        <source>the service accepted the redeploy but lists no new deployment</source>
        <translation>der Dienst hat das erneute Bereitstellen angenommen, listet aber keine neue Bereitstellung</translation>
    </message>
    <message>
        <source>following deployment %1</source>
        <translation>Bereitstellung %1 wird verfolgt</translation>
    </message>
</context>
<context>
    <name>DeploymentHistoryModel</name>
    <message>
        <source>Draft (not deployed)</source>
        <translation>Entwurf (nicht bereitgestellt)</translation>
    </message>
    <message>
        <source>pending changes</source>
        <translation>ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Deployed At</source>
        <comment>deployment history column: date and time</comment>
        <translation>Bereitgestellt am</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>deployment history column: deployment name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Origin</source>
        <comment>deployment history column: where the deployment came from</comment>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>User</source>
        <comment>deployment history column: who deployed</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>deployment history column: deployment status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>deployment history column: the error message</comment>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>DeploymentsPage</name>
    <message>
        <source>Redeploy</source>
        <comment>button: deploy an earlier deployment again</comment>
        <translation>Erneut bereitstellen</translation>
    </message>
    <message>
        <source>Deployment History</source>
        <translation>Bereitstellungsverlauf</translation>
    </message>
    <message>
        <source>Deploy the selected deployment&apos;s configuration again</source>
        <translation>Die Konfiguration der ausgewählten Bereitstellung erneut bereitstellen</translation>
    </message>
    <message>
        <source>Deployments</source>
        <comment>page title</comment>
        <translation>Bereitstellungen</translation>
    </message>
</context>
<context>
    <name>DeviceSyncPage</name>
    <message>
        <source>Dashboard</source>
        <comment>Device Sync tab</comment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Configuration</source>
        <comment>Device Sync tab</comment>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Device Sync</source>
        <comment>page title</comment>
        <translation>Device Sync</translation>
    </message>
    <message>
        <source>Latest Sync Event</source>
        <translation>Letztes Sync-Ereignis</translation>
    </message>
    <message>
        <source>Last Cluster Event Processed</source>
        <translation>Zuletzt verarbeitetes Cluster-Ereignis</translation>
    </message>
    <message>
        <source>Lag</source>
        <comment>header metric: replication lag of Device Sync</comment>
        <translation>Verzögerung</translation>
    </message>
    <message numerus="yes">
        <source>%n sec</source>
        <comment>sync lag</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause Sync</source>
        <translation>Sync &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume Sync</source>
        <translation>Sync &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Enable Sync</source>
        <translation>Sync a&amp;ktivieren</translation>
    </message>
    <message>
        <source>&amp;Terminate Sync</source>
        <translation>Sync &amp;beenden</translation>
    </message>
    <message>
        <source>Sync Paused Since</source>
        <translation>Sync pausiert seit</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>Draft pending</source>
        <translation>Entwurf ausstehend</translation>
    </message>
    <message>
        <source>Changes have been made to your app since the last deploy.</source>
        <translation>Seit der letzten Bereitstellung wurde Ihre App geändert.</translation>
    </message>
    <message>
        <source>REVIEW &amp;&amp; &amp;DEPLOY</source>
        <translation>PRÜFEN &amp;&amp; BE&amp;REITSTELLEN</translation>
    </message>
    <message>
        <source>REVIEW &amp;&amp; D&amp;ISCARD</source>
        <translation>PRÜFEN &amp;&amp; VERWERFE&amp;N</translation>
    </message>
    <message>
        <source>Changes have been made to your Realm app since the last deploy.</source>
        <comment>the admin UI&apos;s wording of 2021, for the reference figures</comment>
        <translation>Seit der letzten Bereitstellung wurde Ihre Realm-App geändert.</translation>
    </message>
    <message>
        <source>REVIEW DRAFT &amp;&amp; &amp;DEPLOY</source>
        <translation>ENTWURF PRÜFEN &amp;&amp; BE&amp;REITSTELLEN</translation>
    </message>
</context>
<context>
    <name>EnableSyncForm</name>
    <message>
        <source>Select Cluster To Sync</source>
        <translation>Zu synchronisierenden Cluster auswählen</translation>
    </message>
    <message>
        <source>Choose A Partition Key</source>
        <translation>Partitionsschlüssel auswählen</translation>
    </message>
    <message>
        <source>Define Permissions</source>
        <translation>Berechtigungen festlegen</translation>
    </message>
    <message>
        <source>Required</source>
        <comment>marker beside a required field</comment>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>All data from configured collections in this cluster will be synced. Selecting a new cluster to sync restarts the syncing process. Sync requires that your Atlas cluster is using MongoDB version 4.4.</source>
        <translation>Alle Daten aus den konfigurierten Collections dieses Clusters werden synchronisiert. Die Auswahl eines neuen Clusters startet die Synchronisierung neu. Sync setzt voraus, dass Ihr Atlas-Cluster MongoDB Version 4.4 verwendet.</translation>
    </message>
    <message>
        <source>Cluster to sync</source>
        <translation>Zu synchronisierender Cluster</translation>
    </message>
    <message>
        <source>Flexible</source>
        <comment>sync type</comment>
        <translation>Flexibel</translation>
    </message>
    <message>
        <source>Partition Based</source>
        <comment>sync type</comment>
        <translation>Partitionsbasiert</translation>
    </message>
    <message>
        <source>e.g. todo</source>
        <translation>z. B. todo</translation>
    </message>
    <message>
        <source>comma-separated, e.g. owner_id, team</source>
        <translation>durch Kommas getrennt, z. B. owner_id, team</translation>
    </message>
    <message>
        <source>e.g. _partition</source>
        <translation>z. B. _partition</translation>
    </message>
    <message>
        <source>Sync type</source>
        <translation>Sync-Typ</translation>
    </message>
    <message>
        <source>Database</source>
        <comment>form label: the linked database</comment>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Queryable fields</source>
        <translation>Abfragbare Felder</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>Partition key type</source>
        <translation>Typ des Partitionsschlüssels</translation>
    </message>
    <message>
        <source>Permissions (JSON)</source>
        <translation>Berechtigungen (JSON)</translation>
    </message>
    <message>
        <source>Select a Cluster</source>
        <translation>Cluster auswählen</translation>
    </message>
    <message>
        <source>%1 Enter the configuration in the steps above.</source>
        <translation>%1 Geben Sie die Konfiguration in den Schritten oben ein.</translation>
    </message>
    <message>
        <source>Choose Queryable Fields</source>
        <translation>Abfragbare Felder auswählen</translation>
    </message>
    <message>
        <source>The permissions must be a JSON object.</source>
        <translation>Die Berechtigungen müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&amp;Enable Sync</source>
        <translation>Sync a&amp;ktivieren</translation>
    </message>
    <message>
        <source>&amp;Restore the configuration in force before Sync was terminated (saved %1)</source>
        <translation>Die Konfiguration &amp;wiederherstellen, die vor dem Beenden von Sync galt (gespeichert %1)</translation>
    </message>
</context>
<context>
    <name>GuideChecklist</name>
    <message>
        <source>Before you terminate Sync</source>
        <translation>Bevor Sie Sync beenden</translation>
    </message>
    <message>
        <source>✓ Sync Console saves the current sync configuration before it terminates Sync, so that you can restore it when you re-enable Sync.</source>
        <translation>✓ Sync Console speichert die aktuelle Sync-Konfiguration, bevor Sync beendet wird, damit Sie sie beim erneuten Aktivieren wiederherstellen können.</translation>
    </message>
    <message>
        <source>Why is Sync being terminated?</source>
        <translation>Warum wird Sync beendet?</translation>
    </message>
    <message>
        <source>Reason to terminate Sync</source>
        <translation>Grund für das Beenden von Sync</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>Grund auswählen…</translation>
    </message>
    <message>
        <source>Upgrade from a shared-tier cluster to a dedicated cluster</source>
        <translation>Upgrade von einem Shared-Tier-Cluster auf einen dedizierten Cluster</translation>
    </message>
    <message>
        <source>Move the cluster to another region or cloud provider</source>
        <translation>Cluster in eine andere Region oder zu einem anderen Cloud-Anbieter verschieben</translation>
    </message>
    <message>
        <source>Upgrade the cluster to NVMe storage</source>
        <translation>Upgrade des Clusters auf NVMe-Speicher</translation>
    </message>
    <message>
        <source>The oplog rolled over while Sync was paused</source>
        <translation>Das Oplog ist übergelaufen, während Sync pausiert war</translation>
    </message>
    <message>
        <source>Sync paused itself on an idle shared-tier cluster</source>
        <translation>Sync hat sich auf einem inaktiven Shared-Tier-Cluster selbst pausiert</translation>
    </message>
    <message>
        <source>Troubleshooting at MongoDB support&apos;s request</source>
        <translation>Fehlersuche auf Wunsch des MongoDB-Supports</translation>
    </message>
    <message>
        <source>Switch between Partition-Based and Flexible Sync</source>
        <translation>Zwischen partitionsbasiertem und Flexible Sync wechseln</translation>
    </message>
    <message>
        <source>A change that needs Sync off (a dropped synced collection, the indexed queryable field, data ingest collections)</source>
        <translation>Eine Änderung, für die Sync aus sein muss (eine gelöschte synchronisierte Collection, das indizierte abfragbare Feld, Data-Ingest-Collections)</translation>
    </message>
    <message>
        <source>• The console cannot list the devices of an App Services app: check the Sync logs for the clients that synced recently.</source>
        <translation>• Die Konsole kann die Geräte einer App-Services-App nicht auflisten: Prüfen Sie die Sync-Protokolle auf Clients, die kürzlich synchronisiert haben.</translation>
    </message>
    <message numerus="yes">
        <source>• %n device(s) connected now.</source>
        <translation>
            <numerusform>• %n Gerät ist jetzt verbunden.</numerusform>
            <numerusform>• %n Geräte sind jetzt verbunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) hold unsynced changes.</source>
        <translation>
            <numerusform>%n Gerät hat nicht synchronisierte Änderungen.</numerusform>
            <numerusform>%n Geräte haben nicht synchronisierte Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) will need a client reset.</source>
        <translation>
            <numerusform>%n Gerät wird einen Client-Reset brauchen.</numerusform>
            <numerusform>%n Geräte werden einen Client-Reset brauchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>• Client recovery is on: devices in a recover mode keep their unsynced changes through the reset.</source>
        <translation>• Die Client-Wiederherstellung ist eingeschaltet: Geräte in einem Wiederherstellungsmodus behalten ihre nicht synchronisierten Änderungen über den Client-Reset hinweg.</translation>
    </message>
    <message>
        <source>• Client recovery is off (is_recovery_mode_disabled): devices lose their unsynced changes, or wait in error for their app to reset them.</source>
        <translation>• Die Client-Wiederherstellung ist ausgeschaltet (is_recovery_mode_disabled): Geräte verlieren ihre nicht synchronisierten Änderungen oder warten im Fehlerzustand, bis ihre App sie zurücksetzt.</translation>
    </message>
    <message>
        <source>• No device is connected: Sync is paused.</source>
        <translation>• Kein Gerät ist verbunden: Sync ist pausiert.</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Guide</source>
        <comment>side panel title</comment>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Procedure</source>
        <comment>label of the procedure chooser</comment>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Procedure to guide</source>
        <translation>Zu begleitender Ablauf</translation>
    </message>
    <message>
        <source>Support recommends waiting ten minutes after Sync was terminated before you enable it again: the service needs the time to clean up the sync metadata, and the clients to disconnect. Re-enabling sooner can leave devices unable to reset.</source>
        <translation>Der Support empfiehlt, nach dem Beenden von Sync zehn Minuten zu warten, bevor Sie es wieder aktivieren: Der Dienst braucht die Zeit, um die Sync-Metadaten zu bereinigen, und die Clients, um die Verbindung zu trennen. Ein früheres Aktivieren kann Geräte ohne Möglichkeit zu einem Client-Reset zurücklassen.</translation>
    </message>
    <message>
        <source>Go on without waiting the full ten minutes</source>
        <translation>Ohne die vollen zehn Minuten zu warten fortfahren</translation>
    </message>
    <message>
        <source>Follow the procedure again from its first step</source>
        <translation>Den Ablauf erneut ab dem ersten Schritt begleiten</translation>
    </message>
    <message>
        <source>Copy the steps, with what is done ticked, as text and Markdown</source>
        <translation>Die Schritte mit abgehakten erledigten Schritten als Text und Markdown kopieren</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>stage number, stage title</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>Weiter: %1.</translation>
    </message>
    <message>
        <source>Done: every step of this procedure is done.</source>
        <translation>Erledigt: Jeder Schritt dieses Ablaufs ist erledigt.</translation>
    </message>
    <message>
        <source>%1:%2 before you re-enable Sync</source>
        <comment>minutes:seconds</comment>
        <translation>%1:%2 bis Sie Sync wieder aktivieren</translation>
    </message>
    <message>
        <source>Clients since Sync was re-enabled: %1 reconnected, %2 reset, %3 recovered their changes, %4 lost them, %5 waiting in error, %6 not back yet.</source>
        <translation>Clients seit der Wiederaktivierung von Sync: %1 wieder verbunden, %2 zurückgesetzt, %3 haben ihre Änderungen wiederhergestellt, %4 verloren, %5 warten im Fehlerzustand, %6 noch nicht zurück.</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Leitfaden</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <comment>Show the Guide panel</comment>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>heading: explanation</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Save the procedure report of this runbook, as Markdown or PDF, for the change ticket</source>
        <translation>Den Ablaufbericht dieses Runbooks als Markdown oder PDF für das Change-Ticket speichern</translation>
    </message>
    <message>
        <source>Skip the &amp;Wait</source>
        <translation>Wartezeit &amp;überspringen</translation>
    </message>
    <message>
        <source>Start &amp;Over</source>
        <translation>Neu be&amp;ginnen</translation>
    </message>
    <message>
        <source>Cop&amp;y Steps</source>
        <translation>Schritte k&amp;opieren</translation>
    </message>
    <message>
        <source>It is on the %1 tab.</source>
        <translation>Die Schaltfläche ist auf der Registerkarte „%1“.</translation>
    </message>
</context>
<context>
    <name>GuideStepRow</name>
    <message>
        <source>Current step: %1</source>
        <translation>Aktueller Schritt: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>%1 (time moved)</source>
        <comment>a wait ended by moving the simulator&apos;s clock</comment>
        <translation>%1 (Zeit vorgestellt)</translation>
    </message>
</context>
<context>
    <name>GuideText</name>
    <message>
        <source>App: %1 (%2). Cluster: %3. Service: %4.</source>
        <translation>App: %1 (%2). Cluster: %3. Dienst: %4.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Grund: %1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>stage number, stage title</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <comment>a step not done, or not needed</comment>
        <translation>%1 (übersprungen)</translation>
    </message>
    <message>
        <source>**App:** %1 (`%2`) · **Cluster:** %3 · **Service:** %4</source>
        <translation>**App:** %1 (`%2`) · **Cluster:** %3 · **Dienst:** %4</translation>
    </message>
    <message>
        <source>**Reason:** %1</source>
        <translation>**Grund:** %1</translation>
    </message>
    <message>
        <source>~~%1~~ (skipped)</source>
        <comment>a step not done, or not needed</comment>
        <translation>~~%1~~ (übersprungen)</translation>
    </message>
    <message>
        <source>%1 (time moved)</source>
        <comment>a wait ended by moving the simulator&apos;s clock</comment>
        <translation>%1 (Zeit vorgestellt)</translation>
    </message>
</context>
<context>
    <name>GuideTitleBar</name>
    <message>
        <source>Undock the Guide or dock it again</source>
        <translation>Den Leitfaden abdocken oder wieder andocken</translation>
    </message>
    <message>
        <source>Float the Guide</source>
        <translation>Leitfaden abdocken</translation>
    </message>
    <message>
        <source>Close the Guide (Ctrl+G shows it again)</source>
        <translation>Leitfaden schließen (Strg+G zeigt ihn wieder)</translation>
    </message>
    <message>
        <source>Close the Guide</source>
        <translation>Leitfaden schließen</translation>
    </message>
</context>
<context>
    <name>GuideTracker</name>
    <message>
        <source>Enable Sync was used before the terminate draft was deployed. The draft now re-enables Sync instead of terminating it, so the sync metadata would be kept and the clients would not reset. Discard the draft with REVIEW &amp; DISCARD, then start again from Terminate Sync.</source>
        <translation>„Sync aktivieren“ wurde verwendet, bevor der Entwurf zum Beenden bereitgestellt war. Der Entwurf aktiviert Sync jetzt wieder, statt es zu beenden; die Sync-Metadaten blieben also erhalten und die Clients würden nicht zurückgesetzt. Verwerfen Sie den Entwurf mit PRÜFEN &amp; VERWERFEN und beginnen Sie dann erneut mit „Sync beenden“.</translation>
    </message>
    <message>
        <source>Sync is still running: the terminate never took effect on its own (its draft was discarded, deployed together with the re-enable, or refused). Start again from Terminate Sync.</source>
        <translation>Sync läuft noch: Das Beenden ist nie wirksam geworden (sein Entwurf wurde verworfen, zusammen mit der Wiederaktivierung bereitgestellt oder abgelehnt). Beginnen Sie erneut mit „Sync beenden“.</translation>
    </message>
    <message>
        <source>The deployment failed: %1 Fix what the message says, then deploy again.</source>
        <translation>Die Bereitstellung ist fehlgeschlagen: %1 Beheben Sie, was die Meldung sagt, und stellen Sie dann erneut bereit.</translation>
    </message>
    <message>
        <source>The service refused to resume Sync: %1 This is what the runbook expects after an oplog rollover. Go on with Terminate Sync.</source>
        <translation>Der Dienst hat das Fortsetzen von Sync abgelehnt: %1 Genau das erwartet das Runbook nach einem Oplog-Überlauf. Fahren Sie mit „Sync beenden“ fort.</translation>
    </message>
    <message>
        <source>The service refused to resume Sync: %1 The oplog no longer reaches back to when Sync was paused, so the guide now follows “Recover from an oplog rollover”: terminate Sync, then enable it again.</source>
        <translation>Der Dienst hat das Fortsetzen von Sync abgelehnt: %1 Das Oplog reicht nicht mehr bis zur Pause von Sync zurück, daher folgt der Leitfaden jetzt „Nach einem Oplog-Überlauf wiederherstellen“: Beenden Sie Sync und aktivieren Sie es dann wieder.</translation>
    </message>
    <message>
        <source>Clients that had not disconnected yet may not reset cleanly: watch the Client recovery panel for devices waiting in error.</source>
        <translation>Clients, die noch nicht getrennt waren, werden möglicherweise nicht sauber zurückgesetzt: Achten Sie im Bereich „Client-Wiederherstellung“ auf Geräte, die im Fehlerzustand warten.</translation>
    </message>
    <message>
        <source>Sync was re-enabled before the ten-minute wait support recommends had begun.</source>
        <translation>Sync wurde wieder aktiviert, bevor die vom Support empfohlene Wartezeit von zehn Minuten begonnen hatte.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync was re-enabled only %1 after the terminate took effect, before the ten minutes support recommends were over.</source>
        <translation>Sync wurde schon %1 nach dem Wirksamwerden des Beendens wieder aktiviert, bevor die vom Support empfohlenen zehn Minuten vorbei waren.</translation>
    </message>
    <message>
        <source>The deployment failed: %1 The terminate did not reach the server, so Sync is still running and nothing changed. Start again from Terminate Sync, and deploy once what the message says is fixed.</source>
        <translation>Die Bereitstellung ist fehlgeschlagen: %1 Das Beenden hat den Server nicht erreicht, daher läuft Sync noch und nichts hat sich geändert. Beginnen Sie erneut mit „Sync beenden“ und stellen Sie bereit, sobald behoben ist, was die Meldung sagt.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Time moved: the simulator&apos;s clock was moved on by %1, so the ten minutes have gone by on the server&apos;s clock. Nothing was skipped.</source>
        <translation>Zeit vorgestellt: Die Uhr des Simulators wurde um %1 vorgestellt, die zehn Minuten sind also auf der Uhr des Servers vergangen. Nichts wurde übersprungen.</translation>
    </message>
    <message>
        <source>That did not go through: %1 Do it again from “%2”.</source>
        <translation>Das ist nicht durchgegangen: %1 Wiederholen Sie es ab dem Schritt: %2.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No keychain service is running (%1). The private key is not saved; Sync Console asks for it each session and never writes it to disk.</source>
        <translation>Es läuft kein Schlüsselbunddienst (%1). Der private Schlüssel wird nicht gespeichert; Sync Console fragt in jeder Sitzung danach und schreibt ihn nie auf die Festplatte.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Copied as curl, with placeholders for the token and keys.</source>
        <translation>Als curl kopiert, mit Platzhaltern für Token und Schlüssel.</translation>
    </message>
    <message>
        <source>Exported the activity to %1.</source>
        <translation>Die Aktivität wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <comment>Connect</comment>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Switch &amp;App…</source>
        <translation>&amp;App wechseln…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Deployment failed: %1</source>
        <translation>Bereitstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>der Server hat keinen Grund angegeben</translation>
    </message>
    <message>
        <source>Sync Console</source>
        <translation>Sync Console</translation>
    </message>
    <message>
        <source>%1 – Sync – Sync Console</source>
        <translation>%1 – Sync – Sync Console</translation>
    </message>
    <message>
        <source>Copied the correlation ID.</source>
        <translation>Korrelations-ID kopiert.</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Signed out. Use Connection ▸ Connect… to sign in again.</source>
        <translation>Abgemeldet. Melden Sie sich mit Verbindung ▸ Verbinden… erneut an.</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <comment>Presenter Mode</comment>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Scale the window and its dialogs for a projector</source>
        <translation>Fenster und Dialoge für einen Projektor vergrößern</translation>
    </message>
    <message>
        <source>Presenter &amp;Size</source>
        <translation>Präsentations&amp;größe</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>presenter mode scale</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export Procedure &amp;Report…</source>
        <translation>Ablauf&amp;bericht exportieren…</translation>
    </message>
    <message>
        <source>Save what happened on this app since the console opened it, for a change ticket</source>
        <translation>Speichern, was mit dieser App geschehen ist, seit die Konsole sie geöffnet hat, für ein Change-Ticket</translation>
    </message>
    <message>
        <source>Exported the procedure report to %1.</source>
        <translation>Der Ablaufbericht wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export the app&apos;s state</source>
        <translation>Zustand der App exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The state could not be exported: %1</source>
        <translation>Der Zustand konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>The state was exported to %1.</source>
        <translation>Der Zustand wurde nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>%1: the charts could not be loaded (%2).</source>
        <translation>%1: Die Diagramme konnten nicht geladen werden (%2).</translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <source>Realm Apps</source>
        <translation>Realm-Apps</translation>
    </message>
    <message>
        <source>The app picker opens from the connection dialog.</source>
        <translation>Die App-Auswahl öffnet sich über den Verbindungsdialog.</translation>
    </message>
    <message>
        <source>Copy the client app id</source>
        <translation>Client-App-ID kopieren</translation>
    </message>
    <message>
        <source>Not managed by Sync Console</source>
        <translation>Nicht von Sync Console verwaltet</translation>
    </message>
    <message>
        <source>DATA ACCESS</source>
        <comment>navigation section heading</comment>
        <translation>DATENZUGRIFF</translation>
    </message>
    <message>
        <source>Rules</source>
        <comment>navigation entry: data access rules</comment>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Schema</source>
        <comment>navigation entry</comment>
        <translation>Schema</translation>
    </message>
    <message>
        <source>App Users</source>
        <translation>App-Benutzer</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>BUILD</source>
        <comment>navigation section heading</comment>
        <translation>ERSTELLEN</translation>
    </message>
    <message>
        <source>SDKs</source>
        <translation>SDKs</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>navigation entry: Device Sync page</comment>
        <translation>Sync</translation>
    </message>
    <message>
        <source>GraphQL</source>
        <translation>GraphQL</translation>
    </message>
    <message>
        <source>Functions</source>
        <comment>navigation entry</comment>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Triggers</source>
        <comment>navigation entry</comment>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>3rd Party Services</source>
        <translation>Dienste von Drittanbietern</translation>
    </message>
    <message>
        <source>Values</source>
        <comment>navigation entry: App Services values and secrets</comment>
        <translation>Werte</translation>
    </message>
    <message>
        <source>MANAGE</source>
        <comment>navigation section heading</comment>
        <translation>VERWALTEN</translation>
    </message>
    <message>
        <source>Linked Data Sources</source>
        <translation>Verknüpfte Datenquellen</translation>
    </message>
    <message>
        <source>Deploy</source>
        <comment>navigation entry: deployment pages</comment>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Hosting</source>
        <comment>navigation entry: static hosting</comment>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>Logs</source>
        <comment>navigation entry</comment>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>navigation entry: REST calls made</comment>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>App Settings</source>
        <translation>App-Einstellungen</translation>
    </message>
    <message>
        <source>Push Notifications</source>
        <translation>Push-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Not available on this connection</source>
        <translation>Bei dieser Verbindung nicht verfügbar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>NO ENVIRONMENT</source>
        <translation>KEINE UMGEBUNG</translation>
    </message>
    <message>
        <source>DEVELOPMENT</source>
        <comment>app environment tag</comment>
        <translation>ENTWICKLUNG</translation>
    </message>
    <message>
        <source>TESTING</source>
        <comment>app environment tag</comment>
        <translation>TEST</translation>
    </message>
    <message>
        <source>QA</source>
        <comment>app environment tag</comment>
        <translation>QA</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <comment>app environment tag</comment>
        <translation>PRODUKTION</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause Sync</source>
        <translation>Sync pausieren</translation>
    </message>
    <message>
        <source>Are you sure you want to pause sync for &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Möchten Sie Sync für &lt;b&gt;%1&lt;/b&gt; wirklich pausieren?</translation>
    </message>
    <message>
        <source>Pausing sync will stop syncing changes between Atlas and your application, and any pending changes from your application will be lost.</source>
        <translation>Das Pausieren von Sync stoppt die Synchronisierung von Änderungen zwischen Atlas und Ihrer Anwendung, und alle ausstehenden Änderungen Ihrer Anwendung gehen verloren.</translation>
    </message>
    <message>
        <source>You may need to re-enable sync if your oplog rolls past the time that you paused Sync.</source>
        <translation>Möglicherweise müssen Sie Sync wieder aktivieren, wenn Ihr Oplog über den Zeitpunkt der Pause hinausläuft.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Pause Sync</source>
        <translation>Sync &amp;pausieren</translation>
    </message>
</context>
<context>
    <name>ProcedureReport</name>
    <message>
        <source>Procedure report: terminate and re-enable Sync</source>
        <translation>Ablaufbericht: Sync beenden und wieder aktivieren</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Client resets, before</source>
        <translation>Client-Resets, vorher</translation>
    </message>
    <message>
        <source>Configuration before (the snapshot)</source>
        <translation>Konfiguration vorher (die Sicherung)</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <source>Configuration after</source>
        <translation>Konfiguration danach</translation>
    </message>
    <message>
        <source>Client resets, after</source>
        <translation>Client-Resets, danach</translation>
    </message>
    <message>
        <source>Log errors seen</source>
        <translation>Gesehene Log-Fehler</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Procedure report: Sync since %1</source>
        <translation>Ablaufbericht: Sync seit %1</translation>
    </message>
    <message>
        <source>%1 (user %2 of the Admin API)</source>
        <translation>%1 (Benutzer %2 der Admin-API)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no wait in this report</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>No preview was made.</source>
        <translation>Es wurde keine Vorschau erstellt.</translation>
    </message>
    <message>
        <source>No snapshot was saved.</source>
        <translation>Es wurde keine Sicherung gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gespeichert am %1.</translation>
    </message>
    <message>
        <source>No client has come back yet.</source>
        <translation>Noch kein Client ist zurück.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>%1 reconnected, %2 reset, %3 recovered their changes, %4 discarded them, %5 wait in error, %6 not back yet.</source>
        <translation>%1 wieder verbunden, %2 zurückgesetzt, %3 haben ihre Änderungen wiederhergestellt, %4 haben sie verworfen, %5 warten im Fehlerzustand, %6 noch nicht zurück.</translation>
    </message>
    <message>
        <source>The logs could not be read: %1</source>
        <translation>Die Logs konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>More errors were logged; the last %n are listed.</source>
        <translation>
            <numerusform>Es wurden mehr Fehler protokolliert; der letzte ist aufgeführt.</numerusform>
            <numerusform>Es wurden mehr Fehler protokolliert; die letzten %n sind aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: reset (error %2), %3 with %n change(s)</source>
        <translation>
            <numerusform>%1: zurückgesetzt (Fehler %2), %3 mit %n Änderung</numerusform>
            <numerusform>%1: zurückgesetzt (Fehler %2), %3 mit %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting in error</source>
        <translation>wartet im Fehlerzustand</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>no client reset</source>
        <translation>kein Client-Reset</translation>
    </message>
    <message>
        <source>Only the simulator lists devices; against a real service the tally above is counted from the logs.</source>
        <translation>Nur der Simulator listet Geräte auf; bei einem echten Dienst wird die Bilanz oben aus den Logs gezählt.</translation>
    </message>
    <message>
        <source>a PDF needs the program&apos;s fonts (no QGuiApplication)</source>
        <translation>ein PDF braucht die Schriften des Programms (keine QGuiApplication)</translation>
    </message>
</context>
<context>
    <name>Procedures</name>
    <message>
        <source>Wait ten minutes: the service cleans up the sync metadata and the clients disconnect</source>
        <translation>Zehn Minuten warten: Der Dienst bereinigt die Sync-Metadaten und die Clients trennen die Verbindung</translation>
    </message>
    <message>
        <source>Watch the Client recovery panel until every device is back</source>
        <translation>Den Bereich „Client-Wiederherstellung“ beobachten, bis jedes Gerät zurück ist</translation>
    </message>
    <message>
        <source>Click Terminate Sync</source>
        <translation>Auf „Sync beenden“ klicken</translation>
    </message>
    <message>
        <source>Confirm that you want to terminate Sync</source>
        <translation>Bestätigen, dass Sie Sync beenden möchten</translation>
    </message>
    <message>
        <source>Click Terminate Sync in the dialog</source>
        <translation>Im Dialog auf „Sync beenden“ klicken</translation>
    </message>
    <message>
        <source>Click Pause Sync</source>
        <translation>Auf „Sync pausieren“ klicken</translation>
    </message>
    <message>
        <source>Confirm with Pause Sync</source>
        <translation>Mit „Sync pausieren“ bestätigen</translation>
    </message>
    <message>
        <source>Click Resume Sync</source>
        <translation>Auf „Sync fortsetzen“ klicken</translation>
    </message>
    <message>
        <source>Confirm with Resume Sync</source>
        <translation>Mit „Sync fortsetzen“ bestätigen</translation>
    </message>
    <message>
        <source>Restore the configuration saved before terminating</source>
        <translation>Die vor dem Beenden gespeicherte Konfiguration wiederherstellen</translation>
    </message>
    <message>
        <source>Click Enable Sync</source>
        <translation>Auf „Sync aktivieren“ klicken</translation>
    </message>
    <message>
        <source>Click REVIEW &amp; DISCARD</source>
        <translation>Auf PRÜFEN &amp; VERWERFEN klicken</translation>
    </message>
    <message>
        <source>Review the changes, then click Discard</source>
        <translation>Die Änderungen prüfen und dann auf „Verwerfen“ klicken</translation>
    </message>
    <message>
        <source>Open Deploy in the left navigation</source>
        <translation>In der linken Navigation „Bereitstellung“ öffnen</translation>
    </message>
    <message>
        <source>Select the deployment whose configuration you want back</source>
        <translation>Die Bereitstellung auswählen, deren Konfiguration Sie zurückhaben möchten</translation>
    </message>
    <message>
        <source>Click Redeploy</source>
        <translation>Auf „Erneut bereitstellen“ klicken</translation>
    </message>
    <message>
        <source>Confirm with Redeploy</source>
        <translation>Mit „Erneut bereitstellen“ bestätigen</translation>
    </message>
    <message>
        <source>The deployment&apos;s result</source>
        <translation>Das Ergebnis der Bereitstellung</translation>
    </message>
    <message>
        <source>Click REVIEW &amp; DEPLOY</source>
        <translation>Auf PRÜFEN &amp; BEREITSTELLEN klicken</translation>
    </message>
    <message>
        <source>Review the changes, then click Deploy</source>
        <translation>Die Änderungen prüfen und dann auf „Bereitstellen“ klicken</translation>
    </message>
    <message>
        <source>Sign in again: type the private API key, then click Sign In</source>
        <translation>Erneut anmelden: den privaten API-Schlüssel eingeben und dann auf „Anmelden“ klicken</translation>
    </message>
    <message>
        <source>Close this dialog: the change it was opened to review did not go through</source>
        <translation>Diesen Dialog schließen: Die Änderung, die er prüfen sollte, ist nicht durchgegangen</translation>
    </message>
</context>
<context>
    <name>RedeployDialog</name>
    <message>
        <source>Redeploy</source>
        <comment>button: deploy an earlier deployment again</comment>
        <translation>Erneut bereitstellen</translation>
    </message>
    <message>
        <source>Deploy the configuration of &lt;b&gt;%1&lt;/b&gt; again? It replaces what is deployed now, sync settings included.</source>
        <translation>Die Konfiguration von &lt;b&gt;%1&lt;/b&gt; erneut bereitstellen? Sie ersetzt, was jetzt bereitgestellt ist, einschließlich der Sync-Einstellungen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Redeploy</source>
        <comment>button: deploy an earlier deployment again</comment>
        <translation>&amp;Erneut bereitstellen</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the procedure report</source>
        <translation>Ablaufbericht exportieren</translation>
    </message>
    <message>
        <source>procedure-report</source>
        <comment>file name, without its extension</comment>
        <translation>ablaufbericht</translation>
    </message>
    <message>
        <source>The procedure report could not be written to %1: %2</source>
        <translation>Der Ablaufbericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 Deployment was successful!</source>
        <translation>%1 Die Bereitstellung war erfolgreich!</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;Deployment was successful!&lt;/b&gt;</source>
        <comment>mid-2021&apos;s banner (a training figure): the message bold after the time</comment>
        <translation>%1 &lt;b&gt;Die Bereitstellung war erfolgreich!&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume Sync</source>
        <translation>Sync fortsetzen</translation>
    </message>
    <message>
        <source>Resume sync for &lt;b&gt;%1&lt;/b&gt;? Devices reconnect and sync the changes made while Sync was paused.</source>
        <translation>Sync für &lt;b&gt;%1&lt;/b&gt; fortsetzen? Die Geräte verbinden sich neu und synchronisieren die Änderungen, die während der Pause entstanden sind.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Resume Sync</source>
        <translation>Sync &amp;fortsetzen</translation>
    </message>
</context>
<context>
    <name>ResumeRefusedDialog</name>
    <message>
        <source>Sync cannot be resumed</source>
        <translation>Sync kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>The cluster&apos;s oplog no longer reaches back to the moment Sync was paused, so Sync cannot pick up where it stopped. Terminate Sync and enable it again: the configuration is kept in this console and offered back, and every device performs a client reset.</source>
        <translation>Das Oplog des Clusters reicht nicht mehr bis zum Zeitpunkt der Pause zurück, daher kann Sync nicht dort weitermachen, wo es aufgehört hat. Beenden Sie Sync und aktivieren Sie es erneut: Die Konfiguration wird in dieser Konsole aufbewahrt und wieder angeboten, und jedes Gerät führt einen Client-Reset durch.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Terminate Sync…</source>
        <translation>Sync &amp;beenden…</translation>
    </message>
</context>
<context>
    <name>Runbooks</name>
    <message>
        <source>Deploy the draft</source>
        <translation>Den Entwurf bereitstellen</translation>
    </message>
    <message>
        <source>Wait ten minutes before re-enabling Sync</source>
        <translation>Zehn Minuten warten, bevor Sync wieder aktiviert wird</translation>
    </message>
    <message>
        <source>Watch the clients come back</source>
        <translation>Zusehen, wie die Clients zurückkommen</translation>
    </message>
    <message>
        <source>Terminate Sync</source>
        <translation>Sync beenden</translation>
    </message>
    <message>
        <source>Re-enable Sync from the saved configuration</source>
        <translation>Sync aus der gespeicherten Konfiguration wieder aktivieren</translation>
    </message>
    <message>
        <source>Terminate and re-enable Sync</source>
        <translation>Sync beenden und wieder aktivieren</translation>
    </message>
    <message>
        <source>Recover from an oplog rollover</source>
        <translation>Nach einem Oplog-Überlauf wiederherstellen</translation>
    </message>
    <message>
        <source>Try to resume Sync (the service refuses)</source>
        <translation>Versuchen, Sync fortzusetzen (der Dienst lehnt ab)</translation>
    </message>
    <message>
        <source>Pause Sync</source>
        <translation>Sync pausieren</translation>
    </message>
    <message>
        <source>Resume Sync</source>
        <translation>Sync fortsetzen</translation>
    </message>
    <message>
        <source>Re-enable Sync</source>
        <translation>Sync wieder aktivieren</translation>
    </message>
    <message>
        <source>Discard a draft</source>
        <translation>Einen Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Den Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Redeploy a past deployment</source>
        <translation>Eine frühere Bereitstellung erneut bereitstellen</translation>
    </message>
    <message>
        <source>Redeploy a past deployment&apos;s configuration</source>
        <translation>Die Konfiguration einer früheren Bereitstellung erneut bereitstellen</translation>
    </message>
</context>
<context>
    <name>ScenarioBriefingDialog</name>
    <message>
        <source>Scenario Briefing</source>
        <translation>Szenario-Briefing</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>What success looks like</source>
        <translation>Woran Sie den Erfolg erkennen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ScenarioMenu</name>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <source>&amp;Reset Scenario</source>
        <translation>Szenario &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put the simulator back where the scenario started.</source>
        <translation>Den Simulator auf den Stand zum Start des Szenarios zurücksetzen.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <comment>Reset Scenario</comment>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Time…</source>
        <translation>&amp;Zeit…</translation>
    </message>
    <message>
        <source>See the simulator&apos;s clock and move it forward.</source>
        <translation>Die Uhr des Simulators ansehen und vorstellen.</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>A healthy Flexible Sync app</source>
        <translation>Eine gesunde Flexible-Sync-App</translation>
    </message>
    <message>
        <source>A healthy Flexible Sync app with drafts on (the default).</source>
        <translation>Eine gesunde Flexible-Sync-App mit eingeschalteten Entwürfen (Standard).</translation>
    </message>
    <message>
        <source>Nothing went wrong. TaskTracker syncs five devices with Flexible Sync; two of them were used offline and hold changes they have not uploaded yet.</source>
        <translation>Nichts ist schiefgegangen. TaskTracker synchronisiert fünf Geräte mit Flexible Sync; zwei davon wurden offline benutzt und haben Änderungen, die noch nicht hochgeladen sind.</translation>
    </message>
    <message>
        <source>Practise the documented procedure: Terminate Sync, review and deploy the draft, wait, then enable Sync again from the saved configuration and deploy.</source>
        <translation>Üben Sie den dokumentierten Ablauf: Sync beenden, den Entwurf prüfen und bereitstellen, warten, dann Sync aus der gespeicherten Konfiguration wieder aktivieren und bereitstellen.</translation>
    </message>
    <message>
        <source>Sync is enabled again, the deployment history shows both deployments, and the client recovery panel counts the devices as they reset.</source>
        <translation>Sync ist wieder aktiviert, der Bereitstellungsverlauf zeigt beide Bereitstellungen, und der Bereich „Client-Wiederherstellung“ zählt die Geräte, während sie zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>The documented example (Partition-Based)</source>
        <translation>Das dokumentierte Beispiel (partitionsbasiert)</translation>
    </message>
    <message>
        <source>A healthy Partition-Based Sync app with drafts on, as in the documented terminate procedure.</source>
        <translation>Eine gesunde partitionsbasierte Sync-App mit eingeschalteten Entwürfen, wie im dokumentierten Ablauf zum Beenden.</translation>
    </message>
    <message>
        <source>Nothing went wrong. ExampleApp syncs with Partition-Based Sync on ExampleCluster, exactly as in the figures of the documentation.</source>
        <translation>Nichts ist schiefgegangen. ExampleApp synchronisiert partitionsbasiert auf ExampleCluster, genau wie in den Abbildungen der Dokumentation.</translation>
    </message>
    <message>
        <source>Follow the figures: Terminate Sync, confirm in the dialog, then Review &amp; Deploy and Deploy.</source>
        <translation>Folgen Sie den Abbildungen: Sync beenden, im Dialog bestätigen, dann PRÜFEN &amp; BEREITSTELLEN und Bereitstellen.</translation>
    </message>
    <message>
        <source>The green banner says the deployment was successful and the Sync page offers Enable Sync.</source>
        <translation>Das grüne Banner meldet die erfolgreiche Bereitstellung, und die Sync-Seite bietet „Sync aktivieren“ an.</translation>
    </message>
    <message>
        <source>Shared-tier cluster upgraded to a dedicated one</source>
        <translation>Shared-Tier-Cluster auf einen dedizierten hochgestuft</translation>
    </message>
    <message>
        <source>Cluster0 was upgraded from the shared tier M2 to M10 this morning; Sync stopped and devices&apos; changes pile up.</source>
        <translation>Cluster0 wurde heute Morgen vom Shared Tier M2 auf M10 hochgestuft; Sync ist stehen geblieben und die Änderungen der Geräte stauen sich.</translation>
    </message>
    <message>
        <source>This morning the team upgraded Cluster0 from the shared tier M2 to the dedicated tier M10. Since then Sync&apos;s translator cannot resume: the logs show ChangeStreamHistoryLost, the header metrics stopped at the upgrade, and no device&apos;s changes reach the cluster.</source>
        <translation>Heute Morgen hat das Team Cluster0 vom Shared Tier M2 auf den dedizierten Tier M10 hochgestuft. Seitdem kann der Übersetzer von Sync nicht fortfahren: Die Protokolle zeigen ChangeStreamHistoryLost, die Kennzahlen im Kopfbereich sind beim Upgrade stehen geblieben, und keine Änderung eines Geräts erreicht den Cluster.</translation>
    </message>
    <message>
        <source>An upgrade from a shared tier needs Sync terminated and enabled again. Terminate Sync, review and deploy the draft, then enable Sync again from the saved configuration and deploy.</source>
        <translation>Ein Upgrade von einem Shared Tier erfordert, Sync zu beenden und wieder zu aktivieren. Beenden Sie Sync, prüfen Sie den Entwurf und stellen Sie ihn bereit, aktivieren Sie Sync dann aus der gespeicherten Konfiguration wieder und stellen Sie bereit.</translation>
    </message>
    <message>
        <source>Sync is enabled on the dedicated cluster, the header metrics move again, and every device resets once (error 208) and syncs; the Swift device recovers its seven changes.</source>
        <translation>Sync ist auf dem dedizierten Cluster aktiviert, die Kennzahlen im Kopfbereich bewegen sich wieder, und jedes Gerät wird einmal zurückgesetzt (Fehler 208) und synchronisiert; das Swift-Gerät stellt seine sieben Änderungen wieder her.</translation>
    </message>
    <message>
        <source>Cluster moved to another region or cloud provider</source>
        <translation>Cluster in eine andere Region oder zu einem anderen Cloud-Anbieter verschoben</translation>
    </message>
    <message>
        <source>ExampleCluster moved from AWS US_EAST_1 to GCP WESTERN_EUROPE two hours ago; Sync cannot resume its change stream.</source>
        <translation>ExampleCluster wurde vor zwei Stunden von AWS US_EAST_1 zu GCP WESTERN_EUROPE verschoben; Sync kann seinen Change Stream nicht fortsetzen.</translation>
    </message>
    <message>
        <source>Two hours ago ExampleCluster was moved from AWS in US_EAST_1 to GCP in WESTERN_EUROPE. The moved cluster&apos;s oplog starts after Sync&apos;s resume point, so the translator stopped with ChangeStreamHistoryLost and nothing syncs.</source>
        <translation>Vor zwei Stunden wurde ExampleCluster von AWS in US_EAST_1 zu GCP in WESTERN_EUROPE verschoben. Das Oplog des verschobenen Clusters beginnt nach dem Fortsetzungspunkt von Sync, daher hat der Übersetzer mit ChangeStreamHistoryLost angehalten und nichts wird synchronisiert.</translation>
    </message>
    <message>
        <source>A move across regions or cloud providers needs Sync terminated and enabled again. Terminate Sync, review and deploy the draft, then enable Sync again with the partition key _partition and deploy.</source>
        <translation>Ein Umzug über Regionen oder Cloud-Anbieter hinweg erfordert, Sync zu beenden und wieder zu aktivieren. Beenden Sie Sync, prüfen Sie den Entwurf und stellen Sie ihn bereit, aktivieren Sie Sync dann mit dem Partitionsschlüssel _partition wieder und stellen Sie bereit.</translation>
    </message>
    <message>
        <source>Sync is enabled on the moved cluster and the devices come back through a client reset.</source>
        <translation>Sync ist auf dem verschobenen Cluster aktiviert, und die Geräte kommen über einen Client-Reset zurück.</translation>
    </message>
    <message>
        <source>Cluster upgraded to NVMe storage</source>
        <translation>Cluster auf NVMe-Speicher hochgestuft</translation>
    </message>
    <message>
        <source>InventoryScanner&apos;s cluster went from M40 to M40_NVME three hours ago; its rebuilt nodes lost the oplog Sync needs.</source>
        <translation>Der Cluster von InventoryScanner wurde vor drei Stunden von M40 auf M40_NVME umgestellt; seine neu aufgebauten Knoten haben das Oplog verloren, das Sync braucht.</translation>
    </message>
    <message>
        <source>Three hours ago the cluster was upgraded from M40 to M40_NVME. Atlas rebuilt its nodes with an initial sync, so the oplog Sync was reading is gone; the translator stopped with ChangeStreamHistoryLost.</source>
        <translation>Vor drei Stunden wurde der Cluster von M40 auf M40_NVME hochgestuft. Atlas hat seine Knoten mit einer initialen Synchronisierung neu aufgebaut, daher ist das Oplog, das Sync las, verschwunden; der Übersetzer hat mit ChangeStreamHistoryLost angehalten.</translation>
    </message>
    <message>
        <source>An NVMe upgrade needs Sync terminated and enabled again. Terminate Sync, review and deploy the draft, then enable Sync again from the saved configuration and deploy.</source>
        <translation>Ein NVMe-Upgrade erfordert, Sync zu beenden und wieder zu aktivieren. Beenden Sie Sync, prüfen Sie den Entwurf und stellen Sie ihn bereit, aktivieren Sie Sync dann aus der gespeicherten Konfiguration wieder und stellen Sie bereit.</translation>
    </message>
    <message>
        <source>Sync is enabled again and every device resets once and syncs.</source>
        <translation>Sync ist wieder aktiviert, und jedes Gerät wird einmal zurückgesetzt und synchronisiert.</translation>
    </message>
    <message>
        <source>The oplog rolled over</source>
        <translation>Das Oplog ist übergelaufen</translation>
    </message>
    <message>
        <source>Sync paused three days ago on a cluster whose oplog keeps 48 hours: resuming is refused, Sync must be terminated and enabled again.</source>
        <translation>Sync wurde vor drei Tagen auf einem Cluster pausiert, dessen Oplog 48 Stunden aufbewahrt: Das Fortsetzen wird abgelehnt, Sync muss beendet und wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>Sync was paused three days ago for maintenance. The cluster&apos;s oplog keeps only 48 hours, so it no longer reaches back to the pause: the logs show the translator&apos;s ChangeStreamHistoryLost error.</source>
        <translation>Sync wurde vor drei Tagen für Wartungsarbeiten pausiert. Das Oplog des Clusters bewahrt nur 48 Stunden auf und reicht daher nicht mehr bis zur Pause zurück: Die Protokolle zeigen den Fehler ChangeStreamHistoryLost des Übersetzers.</translation>
    </message>
    <message>
        <source>Try Resume Sync and read why it is refused (SyncResumeOplogRolledOver). Then Terminate Sync, deploy the draft, wait, enable Sync again from the saved configuration and deploy.</source>
        <translation>Versuchen Sie „Sync fortsetzen“ und lesen Sie, warum es abgelehnt wird (SyncResumeOplogRolledOver). Beenden Sie dann Sync, stellen Sie den Entwurf bereit, warten Sie, aktivieren Sie Sync aus der gespeicherten Konfiguration wieder und stellen Sie bereit.</translation>
    </message>
    <message>
        <source>Sync is enabled again with the configuration it had, and the devices reset and sync: recovered changes are kept, discarded ones are counted.</source>
        <translation>Sync ist mit seiner bisherigen Konfiguration wieder aktiviert, und die Geräte werden zurückgesetzt und synchronisieren: Wiederhergestellte Änderungen bleiben erhalten, verworfene werden gezählt.</translation>
    </message>
    <message>
        <source>Sync paused on an idle shared-tier cluster</source>
        <translation>Sync auf einem inaktiven Shared-Tier-Cluster pausiert</translation>
    </message>
    <message>
        <source>HabitJournal on an M0 cluster was unused for 30 days and Sync paused itself 32 days ago; resuming works, devices reset.</source>
        <translation>HabitJournal auf einem M0-Cluster wurde 30 Tage nicht benutzt, und Sync hat sich vor 32 Tagen selbst pausiert; das Fortsetzen funktioniert, die Geräte werden zurückgesetzt.</translation>
    </message>
    <message>
        <source>Nobody used HabitJournal for 30 days, so Sync paused itself on its shared M0 cluster 32 days ago. This morning users opened the app again and their devices are refused (error 213, Sync is paused).</source>
        <translation>Niemand hat HabitJournal 30 Tage lang benutzt, daher hat sich Sync vor 32 Tagen auf seinem Shared-M0-Cluster selbst pausiert. Heute Morgen haben Benutzer die App wieder geöffnet, und ihre Geräte werden abgewiesen (Fehler 213, Sync ist pausiert).</translation>
    </message>
    <message>
        <source>Resume Sync and deploy. Nothing wrote to the idle cluster, so its oplog still reaches back to the pause and the resume is accepted; had it been refused, terminate and enable Sync again as for an oplog rollover.</source>
        <translation>Setzen Sie Sync fort und stellen Sie bereit. Nichts hat auf den inaktiven Cluster geschrieben, daher reicht sein Oplog noch bis zur Pause zurück und das Fortsetzen wird angenommen; wäre es abgelehnt worden, beenden Sie Sync und aktivieren Sie es wieder wie bei einem Oplog-Überlauf.</translation>
    </message>
    <message>
        <source>Sync is enabled, and the devices, offline longer than the 30-day client maximum offline time, reset once (error 222) and sync.</source>
        <translation>Sync ist aktiviert, und die Geräte, die länger offline waren als die maximale Offline-Zeit von 30 Tagen, werden einmal zurückgesetzt (Fehler 222) und synchronisieren.</translation>
    </message>
    <message>
        <source>Troubleshooting at support&apos;s request</source>
        <translation>Fehlersuche auf Wunsch des Supports</translation>
    </message>
    <message>
        <source>DeliveryRoutes has refused one client&apos;s uploads for a week; support asks to terminate and re-enable Sync.</source>
        <translation>DeliveryRoutes lehnt seit einer Woche die Uploads eines Clients ab; der Support bittet darum, Sync zu beenden und wieder zu aktivieren.</translation>
    </message>
    <message>
        <source>For a week the Node.js client of DeliveryRoutes has been refused with BadChangeset (212) and the lag keeps growing. Support reviewed the logs and asks you to terminate and re-enable Sync, in their order.</source>
        <translation>Seit einer Woche wird der Node.js-Client von DeliveryRoutes mit BadChangeset (212) abgewiesen, und die Verzögerung wächst weiter. Der Support hat die Protokolle geprüft und bittet Sie, Sync in dieser Reihenfolge zu beenden und wieder zu aktivieren.</translation>
    </message>
    <message>
        <source>Terminate Sync, deploy the draft, wait about ten minutes as support recommends, enable Sync again from the saved configuration, deploy, and watch the clients come back.</source>
        <translation>Beenden Sie Sync, stellen Sie den Entwurf bereit, warten Sie etwa zehn Minuten, wie der Support empfiehlt, aktivieren Sie Sync aus der gespeicherten Konfiguration wieder, stellen Sie bereit und beobachten Sie, wie die Clients zurückkommen.</translation>
    </message>
    <message>
        <source>Sync is enabled again, the BadChangeset errors stop, and every device resets once; nothing is lost from the devices that recover.</source>
        <translation>Sync ist wieder aktiviert, die BadChangeset-Fehler hören auf, und jedes Gerät wird einmal zurückgesetzt; von den Geräten, die wiederherstellen, geht nichts verloren.</translation>
    </message>
    <message>
        <source>Switching from Partition-Based to Flexible Sync</source>
        <translation>Wechsel von partitionsbasiertem zu Flexible Sync</translation>
    </message>
    <message>
        <source>ExampleApp moves from Partition-Based to Flexible Sync; the switch is refused while Sync runs.</source>
        <translation>ExampleApp wechselt von partitionsbasiertem zu Flexible Sync; der Wechsel wird abgelehnt, solange Sync läuft.</translation>
    </message>
    <message>
        <source>The team of ExampleApp rewrote its clients for Flexible Sync. The app still runs Partition-Based Sync, and the service refuses to change the mode while Sync is enabled or paused (SyncModeChangeNotAllowed).</source>
        <translation>Das Team von ExampleApp hat seine Clients für Flexible Sync neu geschrieben. Die App läuft noch partitionsbasiert, und der Dienst lehnt einen Moduswechsel ab, solange Sync aktiviert oder pausiert ist (SyncModeChangeNotAllowed).</translation>
    </message>
    <message>
        <source>Terminate Sync, review and deploy the draft, then enable Sync in Flexible mode with a database and queryable fields, and deploy.</source>
        <translation>Beenden Sie Sync, prüfen Sie den Entwurf und stellen Sie ihn bereit, aktivieren Sie Sync dann im flexiblen Modus mit einer Datenbank und abfragbaren Feldern und stellen Sie bereit.</translation>
    </message>
    <message>
        <source>Flexible Sync is enabled and the old Partition-Based devices reset once.</source>
        <translation>Flexible Sync ist aktiviert, und die alten partitionsbasierten Geräte werden einmal zurückgesetzt.</translation>
    </message>
    <message>
        <source>A change that needs Sync off</source>
        <translation>Eine Änderung, für die Sync aus sein muss</translation>
    </message>
    <message>
        <source>SensorHub&apos;s synced collection iot.Alert was dropped, and the team wants a new indexed field: both need Sync terminated.</source>
        <translation>Die synchronisierte Collection iot.Alert von SensorHub wurde gelöscht, und das Team möchte ein neues indiziertes Feld: Für beides muss Sync beendet werden.</translation>
    </message>
    <message>
        <source>A migration script dropped the synced collection iot.Alert yesterday, and Sync stopped translating. The team also wants site_id as the indexed queryable field and a new data ingest collection; the service refuses both while Sync is enabled or paused.</source>
        <translation>Ein Migrationsskript hat gestern die synchronisierte Collection iot.Alert gelöscht, und Sync übersetzt nicht mehr. Das Team möchte außerdem site_id als indiziertes abfragbares Feld und eine neue Data-Ingest-Collection; der Dienst lehnt beides ab, solange Sync aktiviert oder pausiert ist.</translation>
    </message>
    <message>
        <source>Terminate Sync, review and deploy the draft, then enable Sync again and deploy. The new indexed field and data ingest collections belong in that new configuration: the service accepts them only while Sync is off.</source>
        <translation>Beenden Sie Sync, prüfen Sie den Entwurf und stellen Sie ihn bereit, aktivieren Sie Sync dann wieder und stellen Sie bereit. Das neue indizierte Feld und die Data-Ingest-Collections gehören in diese neue Konfiguration: Der Dienst nimmt sie nur an, solange Sync aus ist.</translation>
    </message>
    <message>
        <source>Sync is enabled again, changes are translated again, and the devices reset once.</source>
        <translation>Sync ist wieder aktiviert, Änderungen werden wieder übersetzt, und die Geräte werden einmal zurückgesetzt.</translation>
    </message>
    <message>
        <source>Drill: the deployment fails</source>
        <translation>Übung: Die Bereitstellung schlägt fehl</translation>
    </message>
    <message>
        <source>The first deployment fails with the server&apos;s message; the next one goes through.</source>
        <translation>Die erste Bereitstellung schlägt mit der Meldung des Servers fehl; die nächste geht durch.</translation>
    </message>
    <message>
        <source>TaskTracker is healthy, but the Sync service is slow today: the first deployment will time out on the server and fail.</source>
        <translation>TaskTracker ist gesund, aber der Sync-Dienst ist heute langsam: Die erste Bereitstellung läuft auf dem Server in eine Zeitüberschreitung und schlägt fehl.</translation>
    </message>
    <message>
        <source>Terminate Sync and deploy the draft. When the red banner shows the server&apos;s message, read it, then terminate and deploy again (or redeploy from the history).</source>
        <translation>Beenden Sie Sync und stellen Sie den Entwurf bereit. Wenn das rote Banner die Meldung des Servers zeigt, lesen Sie sie, beenden Sie dann Sync und stellen Sie erneut bereit (oder stellen Sie aus dem Verlauf erneut bereit).</translation>
    </message>
    <message>
        <source>The second deployment is successful and the history shows the failed one before it, with its message.</source>
        <translation>Die zweite Bereitstellung ist erfolgreich, und der Verlauf zeigt die fehlgeschlagene davor mit ihrer Meldung.</translation>
    </message>
    <message>
        <source>Drill: someone else&apos;s draft is waiting</source>
        <translation>Übung: Der Entwurf eines anderen wartet</translation>
    </message>
    <message>
        <source>Another admin left an undeployed draft that adds a queryable field.</source>
        <translation>Ein anderer Administrator hat einen nicht bereitgestellten Entwurf hinterlassen, der ein abfragbares Feld hinzufügt.</translation>
    </message>
    <message>
        <source>Forty minutes ago another admin started adding the queryable field priority and left the draft undeployed. The blue bar says changes have been made since the last deploy.</source>
        <translation>Vor vierzig Minuten hat ein anderer Administrator begonnen, das abfragbare Feld priority hinzuzufügen, und den Entwurf nicht bereitgestellt. Die blaue Leiste meldet, dass seit der letzten Bereitstellung Änderungen vorgenommen wurden.</translation>
    </message>
    <message>
        <source>Open REVIEW &amp; DISCARD and read their change first. Once they agree, discard it, then Terminate Sync and deploy your own draft alone.</source>
        <translation>Öffnen Sie PRÜFEN &amp; VERWERFEN und lesen Sie zuerst deren Änderung. Sobald sie zustimmen, verwerfen Sie sie, beenden Sie dann Sync und stellen Sie Ihren eigenen Entwurf allein bereit.</translation>
    </message>
    <message>
        <source>Sync is terminated by a deployment of yours that holds only the terminate; their queryable field was never deployed.</source>
        <translation>Sync wird durch eine Bereitstellung von Ihnen beendet, die nur das Beenden enthält; deren abfragbares Feld wurde nie bereitgestellt.</translation>
    </message>
    <message>
        <source>Drill: the session expires midway</source>
        <translation>Übung: Die Sitzung läuft mittendrin ab</translation>
    </message>
    <message>
        <source>Access tokens live 90 seconds and the first renewal is refused: sign in again mid-procedure.</source>
        <translation>Zugriffstokens leben 90 Sekunden und die erste Erneuerung wird abgelehnt: Melden Sie sich mitten im Ablauf erneut an.</translation>
    </message>
    <message>
        <source>The project&apos;s sessions are short today: access tokens live 90 seconds, and the first attempt to renew one will be refused.</source>
        <translation>Die Sitzungen des Projekts sind heute kurz: Zugriffstokens leben 90 Sekunden, und der erste Versuch, eines zu erneuern, wird abgelehnt.</translation>
    </message>
    <message>
        <source>Terminate Sync and deploy the draft. When the console asks you to sign in again, sign in and carry on where you were.</source>
        <translation>Beenden Sie Sync und stellen Sie den Entwurf bereit. Wenn die Konsole Sie bittet, sich erneut anzumelden, melden Sie sich an und machen Sie dort weiter, wo Sie waren.</translation>
    </message>
    <message>
        <source>After signing in again the draft is still there, and its deployment is successful.</source>
        <translation>Nach der erneuten Anmeldung ist der Entwurf noch da, und seine Bereitstellung ist erfolgreich.</translation>
    </message>
    <message>
        <source>Drill: the server is busy (429/503)</source>
        <translation>Übung: Der Server ist ausgelastet (429/503)</translation>
    </message>
    <message>
        <source>The server answers 503 and 429 for a while: reads are retried, a refused change must be made again.</source>
        <translation>Der Server antwortet eine Weile mit 503 und 429: Lesevorgänge werden wiederholt, eine abgelehnte Änderung muss erneut vorgenommen werden.</translation>
    </message>
    <message>
        <source>The service is under load: the first reads of the configuration answer 503, the first change answers 429 (Too Many Requests) and the first deployment 503, each with Retry-After.</source>
        <translation>Der Dienst steht unter Last: Die ersten Lesevorgänge der Konfiguration antworten mit 503, die erste Änderung mit 429 (Too Many Requests) und die erste Bereitstellung mit 503, jeweils mit Retry-After.</translation>
    </message>
    <message>
        <source>Terminate Sync and deploy the draft. When a change or a deployment is refused, wait for the time the server asks, then do it again; the Activity page shows every call.</source>
        <translation>Beenden Sie Sync und stellen Sie den Entwurf bereit. Wenn eine Änderung oder Bereitstellung abgelehnt wird, warten Sie die vom Server verlangte Zeit und versuchen Sie es dann erneut; die Seite „Aktivität“ zeigt jeden Aufruf.</translation>
    </message>
    <message>
        <source>Sync is terminated by one successful deployment, and nothing was sent twice.</source>
        <translation>Sync wird durch eine einzige erfolgreiche Bereitstellung beendet, und nichts wurde doppelt gesendet.</translation>
    </message>
    <message>
        <source>Drill: someone else deploys during your review</source>
        <translation>Übung: Jemand anderes stellt während Ihrer Prüfung bereit</translation>
    </message>
    <message>
        <source>While you review your draft, another admin deploys a new queryable field.</source>
        <translation>Während Sie Ihren Entwurf prüfen, stellt ein anderer Administrator ein neues abfragbares Feld bereit.</translation>
    </message>
    <message>
        <source>Another admin is working on TaskTracker at the same time as you: while your review is on screen, they deploy the queryable field priority.</source>
        <translation>Ein anderer Administrator arbeitet gleichzeitig mit Ihnen an TaskTracker: Während Ihre Prüfung auf dem Bildschirm ist, stellt er das abfragbare Feld priority bereit.</translation>
    </message>
    <message>
        <source>Terminate Sync and deploy the draft, then check the deployment history: a deployment of theirs came before yours. Enable Sync again with their field added to the queryable fields, and deploy.</source>
        <translation>Beenden Sie Sync und stellen Sie den Entwurf bereit, prüfen Sie dann den Bereitstellungsverlauf: Eine Bereitstellung des anderen kam vor Ihrer. Aktivieren Sie Sync wieder, mit seinem Feld unter den abfragbaren Feldern, und stellen Sie bereit.</translation>
    </message>
    <message>
        <source>Sync is enabled again with the queryable fields owner_id, team and priority: their change survived yours.</source>
        <translation>Sync ist wieder aktiviert, mit den abfragbaren Feldern owner_id, team und priority: Die Änderung des anderen hat Ihre überstanden.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system is set (%1)</source>
        <translation>Wie im System eingestellt (%1)</translation>
    </message>
    <message>
        <source>The new language is used when Sync Console starts again.</source>
        <translation>Die neue Sprache gilt, sobald Sync Console neu gestartet wird.</translation>
    </message>
    <message>
        <source>Tick a checkbox</source>
        <translation>Kontrollkästchen ankreuzen</translation>
    </message>
    <message>
        <source>Type the phrase “%1”</source>
        <translation>Den Satz „%1“ eintippen</translation>
    </message>
    <message>
        <source>As the language and region write them (%1)</source>
        <translation>Wie Sprache und Region sie schreiben (%1)</translation>
    </message>
    <message>
        <source>As in the documentation (MM/DD/YYYY HH:MM:SS)</source>
        <translation>Wie in der Dokumentation (MM/TT/JJJJ HH:MM:SS)</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>unit after a number of milliseconds</comment>
        <translation> ms</translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit after a number of seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Confirm Terminate Sync by:</source>
        <translation>„Sync beenden“ &amp;bestätigen durch:</translation>
    </message>
    <message>
        <source>&amp;Dates and times:</source>
        <translation>&amp;Datum und Uhrzeit:</translation>
    </message>
    <message>
        <source>Read a running de&amp;ployment every:</source>
        <translation>Laufende Bereitstellung &amp;abfragen alle:</translation>
    </message>
    <message>
        <source>Ask for new log &amp;entries every:</source>
        <translation>Neue &amp;Protokolleinträge abfragen alle:</translation>
    </message>
    <message>
        <source>Classic (2021): Sync with its configuration steps</source>
        <translation>Klassisch (2021): Sync mit seinen Konfigurationsschritten</translation>
    </message>
    <message>
        <source>Device Sync (2023): a Dashboard with charts, and Configuration</source>
        <translation>Device Sync (2023): ein Dashboard mit Diagrammen und die Konfiguration</translation>
    </message>
    <message>
        <source>Sync pa&amp;ge:</source>
        <translation>Sync-Sei&amp;te:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Your session has expired and could not be renewed. Enter the private API key for &lt;b&gt;%1&lt;/b&gt; to continue; the page and any draft stay as they are.</source>
        <translation>Ihre Sitzung ist abgelaufen und konnte nicht erneuert werden. Geben Sie den privaten API-Schlüssel für &lt;b&gt;%1&lt;/b&gt; ein, um fortzufahren; die Seite und ein Entwurf bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation>Privater API-Schlüssel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter the private API key.</source>
        <translation>Geben Sie den privaten API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>SimOptions</name>
    <message>
        <source>sync-console-sim: %1
Try “sync-console-sim --help”.</source>
        <translation>sync-console-sim: %1
Versuchen Sie „sync-console-sim --help“.</translation>
    </message>
    <message>
        <source>A simulated MongoDB Atlas App Services Admin API v3.0 for Sync Console: pause, terminate and re-enable Sync, drafts, deployments, expiring sessions and injected faults, on your own machine.

The first line printed is the base URL of the API. Loopback clients can also use the control API: GET|POST|DELETE /_sim/faults, POST /_sim/expire-tokens, POST /_sim/clock?advance=SECONDS, POST /_sim/settings, GET /_sim/state, POST /_sim/reset (back to the scenario&apos;s start: its apps, drafts, devices, logs, faults and clock; sessions stay signed in), GET|POST /_sim/apps/APP/devices, GET|PATCH|DELETE /_sim/apps/APP/devices/ID, POST /_sim/apps/APP/devices/ID/reset (a device waiting in error), POST /_sim/apps/APP/logs (add log entries).

Each app has client devices that sync while Sync runs, are refused while it is paused (213), and after a terminate and re-enable are refused (208) and reset by their client reset mode; GET .../apps/APP/logs shows what they did.</source>
        <translation>Eine simulierte MongoDB Atlas App Services Admin API v3.0 für Sync Console: Sync pausieren, beenden und wieder aktivieren, Entwürfe, Bereitstellungen, ablaufende Sitzungen und eingespeiste Fehler, auf Ihrem eigenen Rechner.

Die erste ausgegebene Zeile ist die Basis-URL der API. Loopback-Clients können auch die Steuer-API verwenden: GET|POST|DELETE /_sim/faults, POST /_sim/expire-tokens, POST /_sim/clock?advance=SECONDS, POST /_sim/settings, GET /_sim/state, POST /_sim/reset (zurück zum Start des Szenarios: seine Apps, Entwürfe, Geräte, Protokolle, Fehler und Uhr; Sitzungen bleiben angemeldet), GET|POST /_sim/apps/APP/devices, GET|PATCH|DELETE /_sim/apps/APP/devices/ID, POST /_sim/apps/APP/devices/ID/reset (ein im Fehlerzustand wartendes Gerät), POST /_sim/apps/APP/logs (Protokolleinträge hinzufügen).

Jede App hat Client-Geräte, die synchronisieren, solange Sync läuft, abgewiesen werden, solange es pausiert ist (213), und nach Beenden und Wiederaktivieren abgewiesen (208) und gemäß ihrem Client-Reset-Modus zurückgesetzt werden; GET .../apps/APP/logs zeigt, was sie getan haben.</translation>
    </message>
    <message>
        <source>The port to listen on; 0 picks a free one.</source>
        <translation>Der Port, auf dem gelauscht wird; 0 wählt einen freien.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The address to listen on (a training room may use 0.0.0.0, with --api-key).</source>
        <translation>Die Adresse, auf der gelauscht wird (ein Schulungsraum kann 0.0.0.0 verwenden, mit --api-key).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The accepted API key pair (a default pair is printed at start-up).</source>
        <translation>Das akzeptierte API-Schlüsselpaar (beim Start wird ein Standardpaar ausgegeben).</translation>
    </message>
    <message>
        <source>PUBLIC:PRIVATE</source>
        <translation>ÖFFENTLICH:PRIVAT</translation>
    </message>
    <message>
        <source>The scenario to start with (see --list-scenarios).</source>
        <translation>Das Szenario, mit dem begonnen wird (siehe --list-scenarios).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>List the scenarios and exit.</source>
        <translation>Die Szenarien auflisten und beenden.</translation>
    </message>
    <message>
        <source>Keep the state in FILE across restarts (written atomically).</source>
        <translation>Den Zustand über Neustarts hinweg in DATEI aufbewahren (atomar geschrieben).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>How long access tokens live, in seconds.</source>
        <translation>Wie lange Zugriffstokens gültig sind, in Sekunden.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>How long a deployment takes, in milliseconds.</source>
        <translation>Wie lange eine Bereitstellung dauert, in Millisekunden.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Inject a fault (repeatable): “METHOD PATH key=value...” with latency=MS, status=CODE, retry-after=S, count=N, malformed, drop, redirect=URL, oversize=BYTES, deploy-error=MESSAGE; PATH is below /api/admin/v3.0 and * matches anything, e.g. “GET /groups/*/apps status=503 count=2”.</source>
        <translation>Einen Fehler einspeisen (wiederholbar): „METHODE PFAD schlüssel=wert...“ mit latency=MS, status=CODE, retry-after=S, count=N, malformed, drop, redirect=URL, oversize=BYTES, deploy-error=MELDUNG; PFAD liegt unter /api/admin/v3.0 und * passt auf alles, z. B. „GET /groups/*/apps status=503 count=2“.</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEZ</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535, not “%1”</source>
        <translation>--port braucht eine Zahl von 0 bis 65535, nicht „%1“</translation>
    </message>
    <message>
        <source>--listen needs an IP address, not “%1”</source>
        <translation>--listen braucht eine IP-Adresse, nicht „%1“</translation>
    </message>
    <message>
        <source>--api-key needs PUBLIC:PRIVATE, both parts non-empty</source>
        <translation>--api-key braucht ÖFFENTLICH:PRIVAT, beide Teile nicht leer</translation>
    </message>
    <message>
        <source>--listen %1 makes the simulator reachable from other machines; give it a key pair of your own with --api-key PUBLIC:PRIVATE (the default pair is published)</source>
        <translation>--listen %1 macht den Simulator von anderen Rechnern aus erreichbar; geben Sie ihm mit --api-key ÖFFENTLICH:PRIVAT ein eigenes Schlüsselpaar (das Standardpaar ist veröffentlicht)</translation>
    </message>
    <message>
        <source>unknown scenario “%1”; choose one of: %2</source>
        <translation>unbekanntes Szenario „%1“; wählen Sie eines aus: %2</translation>
    </message>
    <message>
        <source>--token-lifetime needs a whole number of seconds, at least 1</source>
        <translation>--token-lifetime braucht eine ganze Zahl von Sekunden, mindestens 1</translation>
    </message>
    <message>
        <source>--deployment-delay needs a whole number of milliseconds, at least 0</source>
        <translation>--deployment-delay braucht eine ganze Zahl von Millisekunden, mindestens 0</translation>
    </message>
    <message>
        <source>The language of the simulator&apos;s messages and scenarios: %1; default: the system&apos;s.</source>
        <translation>Die Sprache der Meldungen und Szenarien des Simulators: %1; Standard: die des Systems.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <comment>value of --lang</comment>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>unknown language “%1”; the simulator speaks: %2</source>
        <translation>unbekannte Sprache „%1“; der Simulator spricht: %2</translation>
    </message>
</context>
<context>
    <name>SimulatorAboutDialog</name>
    <message>
        <source>About the Simulator</source>
        <translation>Über den Simulator</translation>
    </message>
    <message>
        <source>The console runs a simulator of the App Services Admin API on this computer. Other programs on this computer can use it too: its control API moves its clock, adds faults and resets the scenario (docs/simulator.md).</source>
        <translation>Die Konsole betreibt auf diesem Computer einen Simulator der App Services Admin API. Andere Programme auf diesem Computer können ihn ebenfalls verwenden: Seine Steuer-API stellt seine Uhr vor, fügt Fehler hinzu und setzt das Szenario zurück (docs/simulator.md).</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>Admin API</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>button: copy the curl line</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Kopieren: %1</translation>
    </message>
    <message>
        <source>Read the simulator&apos;s clock</source>
        <translation>Die Uhr des Simulators lesen</translation>
    </message>
    <message>
        <source>Move the clock 10 minutes forward</source>
        <translation>Die Uhr um 10 Minuten vorstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SimulatorTimeDialog</name>
    <message>
        <source>Simulator Time</source>
        <translation>Zeit des Simulators</translation>
    </message>
    <message>
        <source>The built-in simulator keeps its own clock. Move it forward to take a wait at once: the Guide&apos;s countdown, the devices, the banners and Activity all follow it. The clock never goes back; Reset Scenario puts it back at the scenario&apos;s start.</source>
        <translation>Der eingebaute Simulator hat eine eigene Uhr. Stellen Sie sie vor, um eine Wartezeit sofort hinter sich zu bringen: Der Countdown des Leitfadens, die Geräte, die Banner und die Aktivität folgen ihr. Die Uhr geht nie zurück; „Szenario zurücksetzen“ stellt sie auf den Start des Szenarios zurück.</translation>
    </message>
    <message>
        <source>The simulator&apos;s clock</source>
        <translation>Die Uhr des Simulators</translation>
    </message>
    <message>
        <source>+10 Minutes</source>
        <translation>+10 Minuten</translation>
    </message>
    <message>
        <source>+1 Hour</source>
        <translation>+1 Stunde</translation>
    </message>
    <message>
        <source>+1 Day</source>
        <translation>+1 Tag</translation>
    </message>
    <message>
        <source>+31 Days</source>
        <translation>+31 Tage</translation>
    </message>
    <message>
        <source>The date to move the simulator&apos;s clock to</source>
        <translation>Das Datum, auf das die Uhr des Simulators vorgestellt wird</translation>
    </message>
    <message>
        <source>Move to This Date</source>
        <translation>Auf dieses Datum stellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The simulator did not move its clock: %1</source>
        <translation>Der Simulator hat seine Uhr nicht vorgestellt: %1</translation>
    </message>
    <message>
        <source>The simulator&apos;s clock only goes forward: choose a later date.</source>
        <translation>Die Uhr des Simulators geht nur vorwärts: Wählen Sie ein späteres Datum.</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>ENABLED</source>
        <comment>sync status badge</comment>
        <translation>AKTIVIERT</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <comment>sync status badge</comment>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>DISABLED</source>
        <comment>sync status badge</comment>
        <translation>DEAKTIVIERT</translation>
    </message>
    <message>
        <source>LOADING</source>
        <comment>sync status badge</comment>
        <translation>WIRD GELADEN</translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>Sync-Status: %1</translation>
    </message>
    <message>
        <source>APP GONE</source>
        <comment>sync status badge: the app was deleted or is out of reach</comment>
        <translation>APP FEHLT</translation>
    </message>
</context>
<context>
    <name>SyncConfig</name>
    <message>
        <source>%1, %2, required</source>
        <comment>partition key, its type</comment>
        <translation>%1, %2, erforderlich</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>partition key, its type</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>SyncConfigurationView</name>
    <message>
        <source>Select Development Details</source>
        <translation>Entwicklungsdetails auswählen</translation>
    </message>
    <message>
        <source>Sync Type</source>
        <translation>Sync-Typ</translation>
    </message>
    <message>
        <source>Learn more about the differences between &lt;a style=&quot;color:#016BF8; text-decoration:none&quot; href=&quot;https://www.mongodb.com/docs/atlas/app-services/sync/get-started/#choose-a-sync-type&quot;&gt;Partition-based Sync and Flexible Sync&lt;/a&gt;</source>
        <translation>Mehr über die Unterschiede zwischen &lt;a style=&quot;color:#016BF8; text-decoration:none&quot; href=&quot;https://www.mongodb.com/docs/atlas/app-services/sync/get-started/#choose-a-sync-type&quot;&gt;partitionsbasiertem und flexiblem Sync&lt;/a&gt; erfahren</translation>
    </message>
    <message>
        <source>Flexible</source>
        <comment>sync type</comment>
        <translation>Flexibel</translation>
    </message>
    <message>
        <source>Partition Based</source>
        <comment>sync type</comment>
        <translation>Partitionsbasiert</translation>
    </message>
    <message>
        <source>Advanced Configuration (optional)</source>
        <translation>Erweiterte Konfiguration (optional)</translation>
    </message>
    <message>
        <source>Client Max Offline Time:</source>
        <translation>Maximale Offline-Zeit der Clients:</translation>
    </message>
    <message>
        <source>Client Recovery:</source>
        <translation>Client-Wiederherstellung:</translation>
    </message>
    <message>
        <source>Data Ingest:</source>
        <translation>Datenaufnahme:</translation>
    </message>
    <message>
        <source>RECOMMENDED</source>
        <comment>badge on the Flexible sync type</comment>
        <translation>EMPFOHLEN</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>client max offline time</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <comment>client recovery</comment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On</source>
        <comment>client recovery</comment>
        <translation>Ein</translation>
    </message>
    <message>
        <source>No collections</source>
        <comment>data ingest</comment>
        <translation>Keine Sammlungen</translation>
    </message>
    <message>
        <source>Queryable Fields:</source>
        <translation>Abfragbare Felder:</translation>
    </message>
    <message>
        <source>Partition Key:</source>
        <translation>Partitionsschlüssel:</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>%1 - (Service: %2)</source>
        <comment>cluster and service name</comment>
        <translation>%1 – (Dienst: %2)</translation>
    </message>
    <message>
        <source>this app has no linked Atlas cluster</source>
        <translation>diese App hat keinen verknüpften Atlas-Cluster</translation>
    </message>
    <message>
        <source>the sync configuration could not be saved before terminating (%1); nothing was changed</source>
        <translation>die Sync-Konfiguration konnte vor dem Beenden nicht gespeichert werden (%1); nichts wurde geändert</translation>
    </message>
    <message>
        <source>Creating a draft was interrupted.</source>
        <translation>Das Erstellen eines Entwurfs wurde unterbrochen.</translation>
    </message>
    <message>
        <source>a draft exists but could not be read</source>
        <translation>ein Entwurf existiert, konnte aber nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading the draft made elsewhere was interrupted.</source>
        <translation>Das Lesen des anderswo erstellten Entwurfs wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Saving the change into the draft was interrupted.</source>
        <translation>Das Speichern der Änderung im Entwurf wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Changing the sync configuration was interrupted.</source>
        <translation>Das Ändern der Sync-Konfiguration wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Loading the changes of the draft was interrupted.</source>
        <translation>Das Laden der Änderungen des Entwurfs wurde unterbrochen.</translation>
    </message>
    <message>
        <source>the draft is gone: someone discarded or deployed it since its changes were shown. Nothing was deployed.</source>
        <translation>der Entwurf ist weg: Jemand hat ihn verworfen oder bereitgestellt, seit seine Änderungen angezeigt wurden. Nichts wurde bereitgestellt.</translation>
    </message>
    <message>
        <source>Checking the draft before deploying was interrupted.</source>
        <translation>Das Prüfen des Entwurfs vor dem Bereitstellen wurde unterbrochen.</translation>
    </message>
    <message>
        <source>the draft was changed elsewhere since you reviewed it; review the new changes, then deploy again. Nothing was deployed.</source>
        <translation>der Entwurf wurde anderswo geändert, seit Sie ihn geprüft haben; prüfen Sie die neuen Änderungen und stellen Sie dann erneut bereit. Nichts wurde bereitgestellt.</translation>
    </message>
    <message>
        <source>Discarding the draft was interrupted.</source>
        <translation>Das Verwerfen des Entwurfs wurde unterbrochen.</translation>
    </message>
</context>
<context>
    <name>SyncDashboardView</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Time ran&amp;ge:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Lag (ms)</source>
        <comment>chart: replication lag of Device Sync</comment>
        <translation>Verzögerung (ms)</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <comment>chart: devices connected</comment>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Sync requests</source>
        <translation>Sync-Anfragen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>chart line: sync requests</comment>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>chart line: sync requests</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Changes uploaded</source>
        <comment>chart: changesets devices uploaded</comment>
        <translation>Hochgeladene Änderungen</translation>
    </message>
    <message>
        <source>Data downloaded (bytes)</source>
        <comment>chart: what devices downloaded</comment>
        <translation>Heruntergeladene Daten (Bytes)</translation>
    </message>
    <message>
        <source>Reading the metrics…</source>
        <translation>Die Metriken werden gelesen…</translation>
    </message>
    <message>
        <source>The metrics could not be read: %1</source>
        <translation>Die Metriken konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A gap in a line: Sync was paused or terminated then.</source>
        <translation>Eine Lücke in einer Linie: Sync war in dieser Zeit pausiert oder beendet.</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>The user&apos;s access token expired. The SDK refreshes it and reconnects by itself; nothing needs to be done.</source>
        <translation>Das Zugriffstoken des Benutzers ist abgelaufen. Das SDK erneuert es und verbindet sich selbst neu; es ist nichts zu tun.</translation>
    </message>
    <message>
        <source>The server could not authenticate the user: the token is invalid or was revoked, or the user was deleted or disabled. The user must log in again.</source>
        <translation>Der Server konnte den Benutzer nicht authentifizieren: Das Token ist ungültig oder wurde widerrufen, oder der Benutzer wurde gelöscht oder deaktiviert. Der Benutzer muss sich erneut anmelden.</translation>
    </message>
    <message>
        <source>The user is not allowed to sync this data. Check the app&apos;s Sync permissions and rules for this user.</source>
        <translation>Der Benutzer darf diese Daten nicht synchronisieren. Prüfen Sie die Sync-Berechtigungen und Regeln der App für diesen Benutzer.</translation>
    </message>
    <message>
        <source>This device synced before Sync was terminated and re-enabled. Its local file is no longer known to the server, so it must perform a client reset: depending on its client reset mode it recovers its unsynced changes, or discards them, and downloads the data again. In manual mode the app must handle the reset itself.</source>
        <translation>Dieses Gerät hat synchronisiert, bevor Sync beendet und wieder aktiviert wurde. Seine lokale Datei ist dem Server nicht mehr bekannt, daher muss es einen Client-Reset durchführen: Je nach Client-Reset-Modus stellt es seine nicht synchronisierten Änderungen wieder her oder verwirft sie und lädt die Daten neu herunter. Im manuellen Modus muss die App den Client-Reset selbst übernehmen.</translation>
    </message>
    <message>
        <source>The device&apos;s local file refers to a server version the server does not have, for example after the server&apos;s history was reset. The device must perform a client reset.</source>
        <translation>Die lokale Datei des Geräts verweist auf eine Serverversion, die der Server nicht hat, zum Beispiel nachdem der Verlauf des Servers zurückgesetzt wurde. Das Gerät muss einen Client-Reset durchführen.</translation>
    </message>
    <message>
        <source>The device&apos;s sync progress does not match what the server recorded for it. The device must perform a client reset.</source>
        <translation>Der Sync-Fortschritt des Geräts stimmt nicht mit dem überein, was der Server dafür aufgezeichnet hat. Das Gerät muss einen Client-Reset durchführen.</translation>
    </message>
    <message>
        <source>The device&apos;s history and the server&apos;s have diverged, typically after the device&apos;s file was restored from a backup. The device must perform a client reset.</source>
        <translation>Der Verlauf des Geräts und der des Servers sind auseinandergelaufen, typischerweise nachdem die Datei des Geräts aus einer Sicherung wiederhergestellt wurde. Das Gerät muss einen Client-Reset durchführen.</translation>
    </message>
    <message>
        <source>The server could not apply a change the device uploaded. This usually points to a corrupted local file or an SDK defect; a client reset clears it.</source>
        <translation>Der Server konnte eine vom Gerät hochgeladene Änderung nicht anwenden. Das deutet meist auf eine beschädigte lokale Datei oder einen SDK-Fehler hin; ein Client-Reset behebt es.</translation>
    </message>
    <message>
        <source>Sync is paused for this app, so the server refused the session. Devices reconnect by themselves once Sync is resumed; if the oplog rolled past the pause meanwhile, Sync must be terminated and re-enabled instead.</source>
        <translation>Sync ist für diese App pausiert, daher hat der Server die Sitzung abgelehnt. Geräte verbinden sich von selbst neu, sobald Sync fortgesetzt wird; ist das Oplog inzwischen über die Pause hinausgelaufen, muss Sync stattdessen beendet und wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>Synchronization is no longer possible for the device&apos;s local file. The device must perform a client reset.</source>
        <translation>Für die lokale Datei des Geräts ist keine Synchronisierung mehr möglich. Das Gerät muss einen Client-Reset durchführen.</translation>
    </message>
    <message>
        <source>This device was offline longer than the Client Max Offline Time (client_max_offline_days), so the server no longer holds the history it needs to sync it. The device must perform a client reset.</source>
        <translation>Dieses Gerät war länger offline als die maximale Offline-Zeit für Clients (client_max_offline_days), daher hat der Server den Verlauf, den er zum Synchronisieren braucht, nicht mehr. Das Gerät muss einen Client-Reset durchführen.</translation>
    </message>
    <message>
        <source>The local file belongs to another user than the one now syncing it. The app should open a separate file for each user.</source>
        <translation>Die lokale Datei gehört einem anderen Benutzer als dem, der sie jetzt synchronisiert. Die App sollte für jeden Benutzer eine eigene Datei öffnen.</translation>
    </message>
    <message>
        <source>The connection opened more sync sessions than the server allows.</source>
        <translation>Die Verbindung hat mehr Sync-Sitzungen geöffnet, als der Server erlaubt.</translation>
    </message>
    <message>
        <source>The device tried a schema change the server does not allow (a breaking change). Update the app&apos;s schema or the client&apos;s object model.</source>
        <translation>Das Gerät hat eine Schemaänderung versucht, die der Server nicht erlaubt (eine inkompatible Änderung). Aktualisieren Sie das Schema der App oder das Objektmodell des Clients.</translation>
    </message>
    <message>
        <source>A Flexible Sync subscription query is invalid, or uses a field that is not one of the queryable fields.</source>
        <translation>Eine Flexible-Sync-Abonnementabfrage ist ungültig oder verwendet ein Feld, das keines der abfragbaren Felder ist.</translation>
    </message>
    <message>
        <source>The device wrote data its permissions or subscriptions do not allow. The device must perform a client reset.</source>
        <translation>Das Gerät hat Daten geschrieben, die seine Berechtigungen oder Abonnements nicht erlauben. Das Gerät muss einen Client-Reset durchführen.</translation>
    </message>
    <message>
        <source>The server undid a write the device was not allowed to make (its permissions, or an object outside its subscriptions). The device goes on syncing.</source>
        <translation>Der Server hat einen Schreibvorgang rückgängig gemacht, den das Gerät nicht vornehmen durfte (wegen seiner Berechtigungen oder eines Objekts außerhalb seiner Abonnements). Das Gerät synchronisiert weiter.</translation>
    </message>
    <message>
        <source>The session was closed without an error.</source>
        <translation>Die Sitzung wurde ohne Fehler geschlossen.</translation>
    </message>
    <message>
        <source>A session error that no more specific error covers, for example a free-tier cluster that reached its storage limit.</source>
        <translation>Ein Sitzungsfehler, den kein genauerer Fehler abdeckt, zum Beispiel ein Cluster der kostenlosen Stufe, der sein Speicherlimit erreicht hat.</translation>
    </message>
    <message>
        <source>The device opened a realm with a partition value of the wrong type for the partition key (Partition-Based Sync).</source>
        <translation>Das Gerät hat ein Realm mit einem Partitionswert geöffnet, dessen Typ nicht zum Partitionsschlüssel passt (Partition-Based Sync).</translation>
    </message>
    <message>
        <source>The realm the device asked for does not exist on the server.</source>
        <translation>Das vom Gerät angeforderte Realm existiert auf dem Server nicht.</translation>
    </message>
    <message>
        <source>An obsolete error the server no longer sends (a bad server file identifier).</source>
        <translation>Ein veralteter Fehler, den der Server nicht mehr sendet (eine ungültige Server-Dateikennung).</translation>
    </message>
    <message>
        <source>The device uses query-based sync, which the server no longer offers.</source>
        <translation>Das Gerät verwendet abfragebasierte Synchronisierung, die der Server nicht mehr anbietet.</translation>
    </message>
    <message>
        <source>The device asked for a session feature the server does not support.</source>
        <translation>Das Gerät hat eine Sitzungsfunktion angefordert, die der Server nicht unterstützt.</translation>
    </message>
    <message>
        <source>An obsolete error the server no longer sends (a bad origin file identifier in an upload).</source>
        <translation>Ein veralteter Fehler, den der Server nicht mehr sendet (eine ungültige Ursprungs-Dateikennung in einem Upload).</translation>
    </message>
    <message>
        <source>The server&apos;s file for this realm was deleted while the device&apos;s session was bound to it.</source>
        <translation>Die Serverdatei dieses Realms wurde gelöscht, während die Sitzung des Geräts an sie gebunden war.</translation>
    </message>
    <message>
        <source>The server has blocked this device&apos;s local file.</source>
        <translation>Der Server hat die lokale Datei dieses Geräts gesperrt.</translation>
    </message>
    <message>
        <source>The server has blocked this user.</source>
        <translation>Der Server hat diesen Benutzer gesperrt.</translation>
    </message>
    <message>
        <source>An obsolete error the server no longer sends (a transaction before the upload was complete).</source>
        <translation>Ein veralteter Fehler, den der Server nicht mehr sendet (eine Transaktion vor Abschluss des Uploads).</translation>
    </message>
    <message>
        <source>The device tried to create an object that already exists outside its view (its subscriptions or permissions).</source>
        <translation>Das Gerät wollte ein Objekt anlegen, das außerhalb seiner Sicht (seiner Abonnements oder Berechtigungen) bereits existiert.</translation>
    </message>
    <message>
        <source>The server&apos;s permissions for this device&apos;s file changed since it last synced. The device must perform a client reset.</source>
        <translation>Die Serverberechtigungen für die Datei dieses Geräts haben sich seit der letzten Synchronisierung geändert. Das Gerät muss einen Client-Reset durchführen.</translation>
    </message>
    <message>
        <source>The device opened a session before the server finished building Sync&apos;s history, as happens just after Sync is enabled.</source>
        <translation>Das Gerät hat eine Sitzung geöffnet, bevor der Server den Sync-Verlauf fertig aufgebaut hatte, wie es kurz nach dem Aktivieren von Sync vorkommt.</translation>
    </message>
    <message>
        <source>Nothing: the SDK handles it by itself and the device goes on syncing.</source>
        <translation>Nichts: Das SDK erledigt das selbst, und das Gerät synchronisiert weiter.</translation>
    </message>
    <message>
        <source>The user logs in again; support checks in App Users that the user exists and is enabled.</source>
        <translation>Der Benutzer meldet sich erneut an; der Support prüft unter App Users, dass der Benutzer existiert und aktiviert ist.</translation>
    </message>
    <message>
        <source>Support reviews the app&apos;s rules and Sync permissions for this user.</source>
        <translation>Der Support prüft die Regeln und Sync-Berechtigungen der App für diesen Benutzer.</translation>
    </message>
    <message>
        <source>Support checks that the type of the partition value the app opens matches the partition key&apos;s type in the Sync configuration.</source>
        <translation>Der Support prüft, ob der Typ des Partitionswerts, den die App öffnet, zum Typ des Partitionsschlüssels in der Sync-Konfiguration passt.</translation>
    </message>
    <message>
        <source>Nothing on the server: the device resets by itself in its client reset mode, recovering or discarding its unsynced changes. Support checks that the app sets a client reset handler, which manual mode needs.</source>
        <translation>Auf dem Server nichts: Das Gerät setzt sich in seinem Client-Reset-Modus selbst zurück und stellt seine nicht synchronisierten Änderungen wieder her oder verwirft sie. Der Support prüft, ob die App einen Client-Reset-Handler setzt, den der manuelle Modus braucht.</translation>
    </message>
    <message>
        <source>Support resumes Sync. If the resume is refused because the oplog rolled past the pause, support terminates Sync and enables it again.</source>
        <translation>Der Support setzt Sync fort. Wird das Fortsetzen abgelehnt, weil das Oplog über die Pause hinausgelaufen ist, beendet der Support Sync und aktiviert es erneut.</translation>
    </message>
    <message>
        <source>Support asks the app&apos;s developers to update the SDK or fix the app: the device sent something the server does not accept.</source>
        <translation>Der Support bittet die Entwickler der App, das SDK zu aktualisieren oder die App zu korrigieren: Das Gerät hat etwas gesendet, das der Server nicht annimmt.</translation>
    </message>
    <message>
        <source>Support asks the app&apos;s developers to open a separate file for each user; deleting the device&apos;s local file and opening it again fixes the device.</source>
        <translation>Der Support bittet die Entwickler der App, für jeden Benutzer eine eigene Datei zu öffnen; die lokale Datei des Geräts zu löschen und neu zu öffnen behebt es auf dem Gerät.</translation>
    </message>
    <message>
        <source>Support asks the developers to make the change additive, or to change the app&apos;s schema on the server first.</source>
        <translation>Der Support bittet die Entwickler, die Änderung additiv zu machen oder zuerst das Schema der App auf dem Server zu ändern.</translation>
    </message>
    <message>
        <source>Support checks the subscription&apos;s query syntax and that it uses only queryable fields.</source>
        <translation>Der Support prüft die Syntax der Abonnementabfrage und dass sie nur abfragbare Felder verwendet.</translation>
    </message>
    <message>
        <source>Support looks for objects that share a primary key; the app should use ObjectId or UUID primary keys.</source>
        <translation>Der Support sucht Objekte mit demselben Primärschlüssel; die App sollte ObjectId- oder UUID-Primärschlüssel verwenden.</translation>
    </message>
    <message>
        <source>Nothing: the device tries again by itself until the server is ready.</source>
        <translation>Nichts: Das Gerät versucht es selbst erneut, bis der Server bereit ist.</translation>
    </message>
    <message>
        <source>Support opens a ticket with MongoDB, giving the entry&apos;s correlation ID: only the server&apos;s team can say more.</source>
        <translation>Der Support eröffnet ein Ticket bei MongoDB und gibt die Korrelations-ID des Eintrags an: Nur das Serverteam kann mehr sagen.</translation>
    </message>
    <message>
        <source>Support terminates Sync and enables it again; every device then performs a client reset once.</source>
        <translation>Der Support beendet Sync und aktiviert es erneut; danach führt jedes Gerät einmal einen Client-Reset durch.</translation>
    </message>
    <message>
        <source>Support upgrades the cluster tier, and checks whether a device syncs unusually large transactions.</source>
        <translation>Der Support stuft den Cluster höher und prüft, ob ein Gerät ungewöhnlich große Transaktionen synchronisiert.</translation>
    </message>
    <message>
        <source>Support finds the document written outside Sync and makes it match the schema again, or changes the schema.</source>
        <translation>Der Support sucht das außerhalb von Sync geschriebene Dokument und bringt es wieder in Einklang mit dem Schema oder ändert das Schema.</translation>
    </message>
    <message>
        <source>The cluster&apos;s oplog no longer holds the point Sync&apos;s translator must resume from: Sync was paused too long, the cluster was upgraded, moved or rebuilt, a synced collection was dropped, or the cluster was unreachable too long. Nothing syncs until Sync is terminated and enabled again.</source>
        <translation>Das Oplog des Clusters enthält den Punkt nicht mehr, an dem der Sync-Übersetzer fortsetzen muss: Sync war zu lange pausiert, der Cluster wurde hochgestuft, verschoben oder neu aufgebaut, eine synchronisierte Collection wurde gelöscht, oder der Cluster war zu lange nicht erreichbar. Nichts wird synchronisiert, bis Sync beendet und erneut aktiviert wird.</translation>
    </message>
    <message>
        <source>The translator retried a change as often as it may and could not write it to the cluster, usually because the cluster is too small: for a very large transaction from a device that was offline long, or for the app&apos;s load.</source>
        <translation>Der Übersetzer hat eine Änderung so oft wie erlaubt wiederholt und konnte sie nicht in den Cluster schreiben, meist weil der Cluster zu klein ist: für eine sehr große Transaktion eines lange offline gewesenen Geräts oder für die Last der App.</translation>
    </message>
    <message>
        <source>The cluster refused to write a change synced from a device, usually for a duplicate key: two objects with the same primary key. The translator erased the change.</source>
        <translation>Der Cluster hat das Schreiben einer von einem Gerät synchronisierten Änderung abgelehnt, meist wegen eines doppelten Schlüssels: zwei Objekte mit demselben Primärschlüssel. Der Übersetzer hat die Änderung gelöscht.</translation>
    </message>
    <message>
        <source>A write made in Atlas, not through Sync, left a document that no longer matches the app&apos;s schema. The document cannot be synced, and devices&apos; changes to its object do not reach the cluster.</source>
        <translation>Ein Schreibvorgang in Atlas, nicht über Sync, hat ein Dokument hinterlassen, das nicht mehr zum Schema der App passt. Das Dokument kann nicht synchronisiert werden, und Änderungen der Geräte an seinem Objekt erreichen den Cluster nicht.</translation>
    </message>
    <message>
        <source>Translator error %1</source>
        <translation>Übersetzerfehler %1</translation>
    </message>
    <message>
        <source>Protocol error %1 (%2)</source>
        <comment>code (name)</comment>
        <translation>Protokollfehler %1 (%2)</translation>
    </message>
    <message>
        <source>Client reset: yes. The devices must reset their local files to sync again.</source>
        <translation>Client-Reset: ja. Die Geräte müssen ihre lokalen Dateien zurücksetzen, um wieder zu synchronisieren.</translation>
    </message>
    <message>
        <source>Client reset: no.</source>
        <translation>Client-Reset: nein.</translation>
    </message>
    <message>
        <source>What support does: %1</source>
        <translation>Was der Support tut: %1</translation>
    </message>
</context>
<context>
    <name>SyncLogDetails</name>
    <message>
        <source>Select an entry to see it whole.</source>
        <translation>Wählen Sie einen Eintrag, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>log detail: when the request started</comment>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>log detail: when the request completed</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>kind of log entry</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>User</source>
        <comment>log detail: app user id</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Device</source>
        <comment>log detail: client device</comment>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Remote IP</source>
        <translation>Remote-IP</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>log detail: error message</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>button: copy the log entry</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the correlation ID</source>
        <translation>Korrelations-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the correlation ID, to find the request&apos;s other entries</source>
        <translation>Die Korrelations-ID kopieren, um die anderen Einträge der Anfrage zu finden</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
    <message>
        <source>Messages, sync query and session metrics</source>
        <translation>Meldungen, Sync-Abfrage und Sitzungskennzahlen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>log type · time</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Protocol error %1</source>
        <translation>Protokollfehler %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>heading: explanation</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server reported an error; the entry&apos;s error and messages say more.</source>
        <translation>Der Server hat einen Fehler gemeldet; der Fehler und die Meldungen des Eintrags sagen mehr.</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <comment>time (duration)</comment>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>SDK on platform</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Messages</source>
        <comment>log detail section</comment>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Sync query</source>
        <translation>Sync-Abfrage</translation>
    </message>
    <message>
        <source>Session metrics</source>
        <translation>Sitzungskennzahlen</translation>
    </message>
    <message>
        <source>No messages, sync query or session metrics.</source>
        <translation>Keine Meldungen, keine Sync-Abfrage und keine Sitzungskennzahlen.</translation>
    </message>
</context>
<context>
    <name>SyncLogModel</name>
    <message>
        <source>Connection Start</source>
        <comment>Sync log type</comment>
        <translation>Verbindungsbeginn</translation>
    </message>
    <message>
        <source>Connection End</source>
        <comment>Sync log type</comment>
        <translation>Verbindungsende</translation>
    </message>
    <message>
        <source>Session Start</source>
        <comment>Sync log type</comment>
        <translation>Sitzungsbeginn</translation>
    </message>
    <message>
        <source>Session End</source>
        <comment>Sync log type</comment>
        <translation>Sitzungsende</translation>
    </message>
    <message>
        <source>Write</source>
        <comment>Sync log type: a client&apos;s upload</comment>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>Sync log type</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>Sync log type</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>The Sync logs could not be read. %1</source>
        <translation>Die Sync-Protokolle konnten nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error code: error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>a log entry without error</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>log table column: when the entry was logged</comment>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>kind of log entry</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>User</source>
        <comment>log table column: app user id</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>SDK / Platform</source>
        <translation>SDK / Plattform</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>log table column: OK or error</comment>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SyncLogsPage</name>
    <message>
        <source>Logs</source>
        <comment>page title</comment>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>the kind of logs the page shows</comment>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Follow</source>
        <comment>checkbox: fetch new log entries as they come</comment>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <source>Show new entries as they come, every few seconds, while this page is open</source>
        <translation>Neue Einträge alle paar Sekunden anzeigen, solange diese Seite geöffnet ist</translation>
    </message>
    <message>
        <source>Try Again</source>
        <comment>button: fetch the logs again</comment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Sync log entries</source>
        <translation>Sync-Protokolleinträge</translation>
    </message>
    <message>
        <source>Log type</source>
        <translation>Protokolltyp</translation>
    </message>
    <message>
        <source>All Sync types</source>
        <translation>Alle Sync-Typen</translation>
    </message>
    <message>
        <source>Errors</source>
        <comment>log type filter</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Errors and non-errors</source>
        <translation>Fehler und Nicht-Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Non-errors only</source>
        <translation>Nur Nicht-Fehler</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 10 days</source>
        <translation>Letzte 10 Tage</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Only this user&apos;s entries</source>
        <translation>Nur die Einträge dieses Benutzers</translation>
    </message>
    <message>
        <source>Press Enter to ask the server for this user&apos;s entries</source>
        <translation>Drücken Sie die Eingabetaste, um den Server nach den Einträgen dieses Benutzers zu fragen</translation>
    </message>
    <message>
        <source>Search the entries read so far</source>
        <translation>Die bisher gelesenen Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Search the entries</source>
        <translation>Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Following</source>
        <comment>status: new log entries are fetched as they come</comment>
        <translation>Wird verfolgt</translation>
    </message>
    <message numerus="yes">
        <source>Malformed entries skipped: %n (the server sent them in a shape that is not a log entry).</source>
        <translation>
            <numerusform>Übersprungene fehlerhafte Einträge: %n (der Server hat sie in einer Form gesendet, die kein Protokolleintrag ist).</numerusform>
            <numerusform>Übersprungene fehlerhafte Einträge: %n (der Server hat sie in einer Form gesendet, die kein Protokolleintrag ist).</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry read so far contains “%1”.</source>
        <translation>Kein bisher gelesener Eintrag enthält „%1“.</translation>
    </message>
    <message>
        <source>Reading the Sync logs…</source>
        <translation>Sync-Protokolle werden gelesen…</translation>
    </message>
    <message>
        <source>No Sync log entries match these filters.</source>
        <translation>Keine Sync-Protokolleinträge entsprechen diesen Filtern.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Development Mode</source>
        <translation>Entwicklungsmodus</translation>
    </message>
    <message>
        <source>Synchronize data between your MongoDB Atlas cluster and client application. &lt;a style=&quot;color:#1A7DC4; text-decoration:none&quot; href=&quot;https://www.mongodb.com/docs/atlas/app-services/sync/&quot;&gt;Learn more about syncing your data.&lt;/a&gt;&lt;br&gt;&lt;b&gt;Note:&lt;/b&gt; When Sync is enabled, App Services will create a copy of all data from collections with a defined JSON schema in your Atlas cluster.</source>
        <translation>Synchronisieren Sie Daten zwischen Ihrem MongoDB-Atlas-Cluster und Ihrer Client-Anwendung. &lt;a style=&quot;color:#1A7DC4; text-decoration:none&quot; href=&quot;https://www.mongodb.com/docs/atlas/app-services/sync/&quot;&gt;Mehr über das Synchronisieren Ihrer Daten.&lt;/a&gt;&lt;br&gt;&lt;b&gt;Hinweis:&lt;/b&gt; Wenn Sync aktiviert ist, erstellt App Services eine Kopie aller Daten aus Collections mit einem definierten JSON-Schema in Ihrem Atlas-Cluster.</translation>
    </message>
    <message>
        <source>Development Mode lets Sync infer the schema from the objects that devices sync. Sync Console does not change it; use the App Services UI or CLI.</source>
        <translation>Im Entwicklungsmodus leitet Sync das Schema aus den Objekten ab, die Geräte synchronisieren. Sync Console ändert ihn nicht; verwenden Sie die App-Services-Oberfläche oder die CLI.</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>page title: Device Sync</comment>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Latest Sync Event</source>
        <translation>Letztes Sync-Ereignis</translation>
    </message>
    <message>
        <source>Last Cluster Event Processed</source>
        <translation>Zuletzt verarbeitetes Cluster-Ereignis</translation>
    </message>
    <message>
        <source>Lag</source>
        <comment>header metric: replication lag of Device Sync</comment>
        <translation>Verzögerung</translation>
    </message>
    <message numerus="yes">
        <source>%n sec</source>
        <comment>sync lag</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Select Cluster To Sync</source>
        <translation>Zu synchronisierenden Cluster auswählen</translation>
    </message>
    <message>
        <source>All data from configured collections in this cluster will be synced. Selecting a new cluster to sync restarts the syncing process. Sync requires that your Atlas cluster is using MongoDB version 4.4.</source>
        <translation>Alle Daten aus den konfigurierten Collections dieses Clusters werden synchronisiert. Die Auswahl eines neuen Clusters startet die Synchronisierung neu. Sync setzt voraus, dass Ihr Atlas-Cluster MongoDB Version 4.4 verwendet.</translation>
    </message>
    <message>
        <source>Choose A Partition Key</source>
        <translation>Partitionsschlüssel auswählen</translation>
    </message>
    <message>
        <source>Define Permissions</source>
        <translation>Berechtigungen festlegen</translation>
    </message>
    <message>
        <source>TERMINATE SYNC</source>
        <translation>SYNC BEENDEN</translation>
    </message>
    <message>
        <source>Show or hide Terminate Sync</source>
        <translation>„Sync beenden“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Terminating Sync will remove metadata associated with Sync and prevent all applications from syncing. You may re-enable Sync to re-create this metadata.</source>
        <translation>Das Beenden von Sync entfernt die zu Sync gehörenden Metadaten und verhindert, dass Anwendungen synchronisieren. Sie können Sync wieder aktivieren, um diese Metadaten neu zu erstellen.</translation>
    </message>
    <message>
        <source>Sync Paused Since</source>
        <translation>Sync pausiert seit</translation>
    </message>
    <message>
        <source>Choose Queryable Fields</source>
        <translation>Abfragbare Felder auswählen</translation>
    </message>
    <message>
        <source>This app is gone: it was deleted, or this API key can no longer reach it. Choose another app, or check the key&apos;s access to this project.</source>
        <translation>Diese App ist nicht mehr vorhanden: Sie wurde gelöscht, oder dieser API-Schlüssel hat keinen Zugriff mehr auf sie. Wählen Sie eine andere App, oder prüfen Sie den Zugriff des Schlüssels auf dieses Projekt.</translation>
    </message>
    <message>
        <source>&amp;Pause Sync</source>
        <translation>Sync &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume Sync</source>
        <translation>Sync &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Terminate Sync</source>
        <translation>Sync &amp;beenden</translation>
    </message>
    <message>
        <source>Synchronize data between your MongoDB Atlas cluster and client application. &lt;a style=&quot;color:#1A7DC4; text-decoration:none&quot; href=&quot;https://www.mongodb.com/docs/atlas/app-services/sync/&quot;&gt;Learn more about syncing your data.&lt;/a&gt;&lt;br&gt;&lt;b&gt;Note:&lt;/b&gt; When Sync is enabled, Realm will create a copy of all data from collections with a defined JSON schema in your Atlas cluster.</source>
        <comment>the admin UI&apos;s wording of 2021, for the reference figures</comment>
        <translation>Synchronisieren Sie Daten zwischen Ihrem MongoDB-Atlas-Cluster und Ihrer Client-Anwendung. &lt;a style=&quot;color:#1A7DC4; text-decoration:none&quot; href=&quot;https://www.mongodb.com/docs/atlas/app-services/sync/&quot;&gt;Mehr über das Synchronisieren Ihrer Daten.&lt;/a&gt;&lt;br&gt;&lt;b&gt;Hinweis:&lt;/b&gt; Wenn Sync aktiviert ist, erstellt Realm eine Kopie aller Daten aus Collections mit einem definierten JSON-Schema in Ihrem Atlas-Cluster.</translation>
    </message>
    <message>
        <source>Paused On: %1 UTC</source>
        <comment>the time Sync was paused</comment>
        <translation>Pausiert am: %1 UTC</translation>
    </message>
    <message>
        <source>&amp;Enable Sync</source>
        <translation>Sync a&amp;ktivieren</translation>
    </message>
</context>
<context>
    <name>SyncSnapshotStore</name>
    <message>
        <source>The configuration saved before Sync was terminated is damaged; it was set aside as %1.</source>
        <translation>Die vor dem Beenden von Sync gespeicherte Konfiguration ist beschädigt; sie wurde als %1 beiseitegelegt.</translation>
    </message>
    <message>
        <source>The configuration saved before Sync was terminated is damaged (%1).</source>
        <translation>Die vor dem Beenden von Sync gespeicherte Konfiguration ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>Terminate Sync for %1</source>
        <translation>Sync für %1 beenden</translation>
    </message>
    <message>
        <source>Terminate Sync for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sync für &lt;b&gt;%1&lt;/b&gt; beenden</translation>
    </message>
    <message>
        <source>Terminating Sync will remove metadata associated with Sync and prevent all applications from syncing. You may re-enable Sync to re-create this metadata.</source>
        <translation>Das Beenden von Sync entfernt die zu Sync gehörenden Metadaten und verhindert, dass Anwendungen synchronisieren. Sie können Sync wieder aktivieren, um diese Metadaten neu zu erstellen.</translation>
    </message>
    <message>
        <source>Every device that synced before must perform a client reset. Changes not yet synced are lost unless the app&apos;s client reset handler recovers them: use RecoverOrDiscardUnsyncedChanges (Kotlin/Android), .recoverOrDiscardUnsyncedChanges (Swift/iOS), ClientResetMode.RecoverOrDiscard (Node.js, React Native), RecoverOrDiscardUnsyncedChangesHandler (.NET) or RecoverOrDiscardUnsyncedChangesHandler (Flutter).</source>
        <translation>Jedes Gerät, das zuvor synchronisiert hat, muss einen Client-Reset durchführen. Noch nicht synchronisierte Änderungen gehen verloren, sofern der Client-Reset-Handler der App sie nicht wiederherstellt: Verwenden Sie RecoverOrDiscardUnsyncedChanges (Kotlin/Android), .recoverOrDiscardUnsyncedChanges (Swift/iOS), ClientResetMode.RecoverOrDiscard (Node.js, React Native), RecoverOrDiscardUnsyncedChangesHandler (.NET) oder RecoverOrDiscardUnsyncedChangesHandler (Flutter).</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm your action</source>
        <translation>Geben Sie „%1“ ein, um Ihre Aktion zu bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Terminate Sync</source>
        <comment>the phrase typed to confirm</comment>
        <translation>Sync beenden</translation>
    </message>
    <message>
        <source>&amp;I want to terminate Sync for %1</source>
        <translation>&amp;Ich möchte Sync für %1 beenden</translation>
    </message>
    <message>
        <source>&amp;Terminate Sync</source>
        <translation>Sync &amp;beenden</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Scenario &amp;Briefing…</source>
        <translation>Szenario-&amp;Briefing…</translation>
    </message>
    <message>
        <source>About the &amp;Simulator…</source>
        <translation>Über den &amp;Simulator…</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>“%1” is not a URL such as https://services.cloud.mongodb.com/api/admin/v3.0.</source>
        <translation>„%1“ ist keine URL wie https://services.cloud.mongodb.com/api/admin/v3.0.</translation>
    </message>
    <message>
        <source>The Admin API is reached over https, not %1.</source>
        <translation>Die Admin API wird über https erreicht, nicht über %1.</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused: it would send your API keys and tokens unencrypted across the network. Use https (plain http is accepted only for this machine, e.g. the simulator on 127.0.0.1).</source>
        <translation>Unverschlüsseltes http zu %1 wird abgelehnt: Es würde Ihre API-Schlüssel und Tokens unverschlüsselt über das Netzwerk senden. Verwenden Sie https (unverschlüsseltes http wird nur für diesen Rechner akzeptiert, z. B. den Simulator auf 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot listen on %1 port %2 (is it in use?)</source>
        <translation>kann nicht auf %1 Port %2 lauschen (wird er schon verwendet?)</translation>
    </message>
    <message>
        <source>Also at:        %1</source>
        <translation>Auch unter:    %1</translation>
    </message>
    <message>
        <source>warning: listening on %1, beyond this machine: anyone who can reach it and knows the key pair can use the simulator. Failed logins are limited to 10 a minute per address; the control API still answers this machine only.</source>
        <translation>Warnung: lauscht auf %1, über diesen Rechner hinaus: Wer es erreicht und das Schlüsselpaar kennt, kann den Simulator verwenden. Fehlgeschlagene Anmeldungen sind auf 10 pro Minute und Adresse begrenzt; die Steuer-API antwortet weiterhin nur diesem Rechner.</translation>
    </message>
    <message>
        <source>API key pair:   %1:%2</source>
        <translation>API-Schlüsselpaar: %1:%2</translation>
    </message>
    <message>
        <source>(the private key given with --api-key)</source>
        <translation>(der mit --api-key angegebene private Schlüssel)</translation>
    </message>
    <message>
        <source>Project (group): %1</source>
        <translation>Projekt (Gruppe): %1</translation>
    </message>
    <message>
        <source>State:          %1</source>
        <translation>Zustand:        %1</translation>
    </message>
    <message>
        <source>restored from %1</source>
        <translation>wiederhergestellt aus %1</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>App:            %1 (_id %2, client_app_id %3)</source>
        <translation>App:            %1 (_id %2, client_app_id %3)</translation>
    </message>
    <message>
        <source>sync-console: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset). Start it in a desktop session, under xvfb-run, or with QT_QPA_PLATFORM=offscreen for scripted runs such as --autoplay terminate --exit-when-done.</source>
        <translation>sync-console: kein Bildschirm, auf dem ein Fenster geöffnet werden kann (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Starten Sie es in einer Desktop-Sitzung, unter xvfb-run oder mit QT_QPA_PLATFORM=offscreen für Skriptläufe wie --autoplay terminate --exit-when-done.</translation>
    </message>
    <message>
        <source>sync-console: cannot create %1</source>
        <translation>sync-console: %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be read or moved; the console starts with default settings.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt und konnte weder gelesen noch verschoben werden; die Konsole startet mit den Standardeinstellungen.</translation>
    </message>
    <message>
        <source>The settings file was damaged and could not be read; it was set aside as %1, and the console starts with default settings.</source>
        <translation>Die Einstellungsdatei war beschädigt und konnte nicht gelesen werden; sie wurde als %1 beiseitegelegt, und die Konsole startet mit den Standardeinstellungen.</translation>
    </message>
    <message>
        <source>ERROR: %1. Changes are refused (503) and undone until the state file can be written again; reads are still served.</source>
        <translation>FEHLER: %1. Änderungen werden abgelehnt (503) und zurückgenommen, bis die Zustandsdatei wieder geschrieben werden kann; Lesezugriffe werden weiter beantwortet.</translation>
    </message>
    <message>
        <source>the state file %1 is written again; changes are accepted.</source>
        <translation>die Zustandsdatei %1 wird wieder geschrieben; Änderungen werden angenommen.</translation>
    </message>
    <message>
        <source>the state file %1 is in use by another simulator (process %2 on %3); stop it, or give this one another --state file</source>
        <translation>die Zustandsdatei %1 wird von einem anderen Simulator benutzt (Prozess %2 auf %3); beenden Sie ihn oder geben Sie diesem eine andere Datei mit --state</translation>
    </message>
    <message>
        <source>the state file %1 is in use by another simulator; stop it, or give this one another --state file</source>
        <translation>die Zustandsdatei %1 wird von einem anderen Simulator benutzt; beenden Sie ihn oder geben Sie diesem eine andere Datei mit --state</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 beside the state file</source>
        <translation>die Sperrdatei %1 neben der Zustandsdatei kann nicht angelegt werden</translation>
    </message>
</context>
</TS>
