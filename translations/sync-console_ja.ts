<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActivityLog</name>
    <message numerus="yes">
        <source>Some lines of the activity log could not be read (%n in all); the file was set aside as %1.</source>
        <translation>
            <numerusform>アクティビティログの一部の行を読み取れませんでした（合計 %n 行）。ファイルは %1 として退避しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The activity log cannot be written to %1: %2</source>
        <translation>アクティビティログを %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <comment>activity table: the call got no HTTP status</comment>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>activity table column: when the call was made</comment>
        <translation>日時</translation>
    </message>
    <message>
        <source>Method</source>
        <comment>activity table column: HTTP method</comment>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Path</source>
        <comment>activity table column: API path</comment>
        <translation>パス</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>activity table column: HTTP status code</comment>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>activity table column: how long the call took</comment>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>activity table column: the error message</comment>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Copy as curl</source>
        <translation>curl としてコピー</translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>page title: the REST calls the console made</comment>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Filter by method, path, status or error</source>
        <translation>メソッド、パス、ステータス、エラーで絞り込み</translation>
    </message>
    <message>
        <source>Filter the activity</source>
        <translation>アクティビティを絞り込む</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Admin API calls</source>
        <translation>Admin API の呼び出し</translation>
    </message>
    <message>
        <source>Export the activity</source>
        <translation>アクティビティをエクスポート</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>The activity could not be exported: %1</source>
        <translation>アクティビティをエクスポートできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation>サーバーはリクエストを無効として拒否しました。</translation>
    </message>
    <message>
        <source>The server did not accept the credentials.</source>
        <translation>サーバーは認証情報を受け入れませんでした。</translation>
    </message>
    <message>
        <source>Your API key is not allowed to do this.</source>
        <translation>この API キーにはこの操作の権限がありません。</translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation>サーバーは要求されたものを見つけられませんでした。</translation>
    </message>
    <message>
        <source>The request conflicts with the current state on the server.</source>
        <translation>リクエストがサーバーの現在の状態と競合しています。</translation>
    </message>
    <message>
        <source>The server is receiving too many requests.</source>
        <translation>サーバーへのリクエストが多すぎます。</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>サーバーで内部エラーが発生しました。</translation>
    </message>
    <message>
        <source>A gateway in front of the server failed.</source>
        <translation>サーバーの前段にあるゲートウェイで障害が発生しました。</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>サービスは一時的に利用できません。</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>サーバーは HTTP ステータス %1 を返しました。</translation>
    </message>
    <message>
        <source>The server may already have made this change; the console is reading its state again.</source>
        <translation>サーバーはこの変更をすでに適用した可能性があります。コンソールはサーバーの状態を読み直しています。</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>サーバーからのメッセージ:「%1」</translation>
    </message>
    <message>
        <source>(code %1).</source>
        <translation>（コード %1）。</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>サーバーに接続できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer in time, after %n attempts. Refresh to see the current state.</source>
        <comment>more than one attempt</comment>
        <translation>
            <numerusform>%n 回試行しましたが、サーバーは時間内に応答しませんでした。最新の状態を確認するには更新してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not answer in time. The request was not sent again, as it may already have changed something; refresh to see the current state.</source>
        <translation>サーバーは時間内に応答しませんでした。すでに何かを変更した可能性があるため、リクエストは再送信していません。最新の状態を確認するには更新してください。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The server sent a reply this console cannot read: %1</source>
        <translation>サーバーから、このコンソールでは読み取れない応答が届きました: %1</translation>
    </message>
    <message>
        <source>Your session has expired and could not be renewed. Please sign in again.</source>
        <translation>セッションの有効期限が切れ、更新できませんでした。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The server redirected the request to %1. Sync Console does not follow redirects, because it would send your keys or tokens there. Check the base URL of the connection.</source>
        <translation>サーバーはリクエストを %1 にリダイレクトしました。Sync Console はキーやトークンを送ってしまうため、リダイレクトには従いません。接続のベース URL を確認してください。</translation>
    </message>
    <message>
        <source>an address it did not give</source>
        <translation>（サーバーが示さなかったアドレス）</translation>
    </message>
    <message>
        <source>The server&apos;s reply was larger than %1 MB, more than any Admin API reply; Sync Console stopped reading it.</source>
        <translation>サーバーの応答が %1 MB を超えました。これはどの Admin API の応答よりも大きいため、Sync Console は読み取りを中止しました。</translation>
    </message>
    <message>
        <source>The server sent only an interim answer (HTTP %1) where the Admin API sends its final one. The HTTP client Sync Console uses stops reading at such an answer, so the server&apos;s real answer was lost.</source>
        <translation>サーバーは、Admin API が最終応答を返すべきところで暫定応答 (HTTP %1) だけを返しました。Sync Console が使う HTTP クライアントはこのような応答で読み取りを終えるため、サーバーの実際の応答は失われました。</translation>
    </message>
    <message>
        <source>The server answered (HTTP %1) with a header Sync Console cannot read: it had no fields at all, or more than its HTTP client accepts (100 fields, 8 KB a field). Sync Console stopped reading the reply.</source>
        <translation>サーバーの応答 (HTTP %1) のヘッダーを Sync Console は読み取れません。フィールドがまったくないか、HTTP クライアントが受け付ける上限 (100 フィールド、1 フィールド 8 KB) を超えています。Sync Console は応答の読み取りを中止しました。</translation>
    </message>
    <message>
        <source>This app is gone: it was deleted, or this API key can no longer reach it. Sync Console shows no Sync state for it.</source>
        <translation>このアプリはもうありません。削除されたか、この API キーではアクセスできなくなっています。Sync Console はこのアプリの Sync の状態を表示しません。</translation>
    </message>
    <message>
        <source>Choose another app, or check the key&apos;s access to this project.</source>
        <translation>別のアプリを選ぶか、このプロジェクトへのキーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>The server sent a refresh token the console cannot use.</source>
        <translation>サーバーから、コンソールで使えないリフレッシュトークンが送られてきました。</translation>
    </message>
    <message>
        <source>The server sent an access token the console cannot use.</source>
        <translation>サーバーから、コンソールで使えないアクセストークンが送られてきました。</translation>
    </message>
    <message>
        <source>It holds characters no token may have, such as a line break, which would corrupt every request it went into. Nothing was sent with it; sign in again, and if this repeats, check the base URL of the connection.</source>
        <translation>トークンに使えない文字 (改行など) が含まれており、そのまま使うと送るリクエストがすべて壊れます。このトークンでは何も送信していません。もう一度サインインし、繰り返し起きる場合は接続のベース URL を確認してください。</translation>
    </message>
    <message>
        <source>The server could not store the change on its disk and undid it; nothing changed. Try again later.</source>
        <translation>サーバーは変更をディスクに保存できなかったため、取り消しました。何も変更されていません。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>This computer does not trust the server&apos;s certificate. Its SHA-256 fingerprint is %1. If this is your class&apos;s simulator, compare the fingerprint with the one your trainer shows, character by character, and trust the certificate only if they are the same.</source>
        <translation>このコンピューターはサーバーの証明書を信頼していません。SHA-256 フィンガープリントは %1 です。これが授業のシミュレーターであれば、トレーナーが示すフィンガープリントと 1 文字ずつ比較し、同じ場合にのみ証明書を信頼してください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you trusted for this connection, so Sync Console did not connect: someone may be pretending to be the server. Trusted: %1. Presented now: %2. If your trainer made a new certificate, compare its fingerprint with theirs, then forget the old one in the connection dialog.</source>
        <translation>サーバーの証明書が、この接続で信頼した証明書と異なるため、Sync Console は接続しませんでした。誰かがサーバーになりすましている可能性があります。信頼済み: %1。今回提示: %2。トレーナーが新しい証明書を作成した場合は、そのフィンガープリントをトレーナーのものと比較してから、接続ダイアログで古い証明書を削除してください。</translation>
    </message>
</context>
<context>
    <name>AppListModel</name>
    <message>
        <source>Name</source>
        <comment>app list column: the app name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Client App ID</source>
        <translation>クライアントアプリ ID</translation>
    </message>
    <message>
        <source>Location</source>
        <comment>app list column: cloud region</comment>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Deployment Model</source>
        <comment>app list column: global or local deployment</comment>
        <translation>デプロイモデル</translation>
    </message>
</context>
<context>
    <name>AppPickerDialog</name>
    <message>
        <source>Choose an App</source>
        <translation>アプリを選択</translation>
    </message>
    <message>
        <source>Filter by name, client app id, location</source>
        <translation>名前、クライアントアプリ ID、リージョンで絞り込み</translation>
    </message>
    <message>
        <source>Filter the apps</source>
        <translation>アプリを絞り込む</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <comment>button: open the chosen app</comment>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Apps</source>
        <comment>the table of apps to choose from</comment>
        <translation>アプリ</translation>
    </message>
</context>
<context>
    <name>Autoplay</name>
    <message>
        <source>The deployment failed: %1</source>
        <translation>デプロイに失敗しました: %1</translation>
    </message>
    <message>
        <source>Sync is not disabled, so there is nothing to enable; terminate it first.</source>
        <translation>同期は無効になっていないため、有効にするものはありません。先に同期を終了してください。</translation>
    </message>
    <message>
        <source>No configuration was saved for this app before Sync was terminated (Sync Console saves one when it terminates Sync).</source>
        <translation>同期を終了する前に、このアプリの構成は保存されていませんでした（Sync Console は同期を終了するときに構成を保存します）。</translation>
    </message>
    <message>
        <source>%1 Enter the configuration on the Sync page and click Enable Sync.</source>
        <translation>%1 同期ページで構成を入力し、［同期を有効化］をクリックしてください。</translation>
    </message>
    <message>
        <source>There is no draft to discard.</source>
        <translation>破棄するドラフトはありません。</translation>
    </message>
    <message>
        <source>There is no past deployment to redeploy.</source>
        <translation>再デプロイできる過去のデプロイはありません。</translation>
    </message>
    <message>
        <source>Sync is not paused, so there is nothing to resume.</source>
        <translation>同期は一時停止されていないため、再開するものはありません。</translation>
    </message>
    <message>
        <source>Sync is not running, so it cannot be paused or terminated.</source>
        <translation>同期が実行されていないため、一時停止も終了もできません。</translation>
    </message>
    <message>
        <source>Step “%1” did not happen within a minute.</source>
        <translation>ステップ「%1」が 1 分以内に完了しませんでした。</translation>
    </message>
</context>
<context>
    <name>CertificateTrustPanel</name>
    <message>
        <source>T&amp;rust This Certificate</source>
        <translation>この証明書を信頼(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Forget the Trusted Certificate</source>
        <translation>信頼した証明書を削除(&amp;F)</translation>
    </message>
    <message>
        <source>Is this your class&apos;s server?</source>
        <translation>これは授業のサーバーですか?</translation>
    </message>
    <message>
        <source>This computer does not know the server&apos;s certificate, so it cannot tell whether the server is who it claims to be. Compare this fingerprint with the one your trainer shows, character by character. Trust the certificate only if they are the same; Sync Console then accepts this certificate, and only this one, for this connection.</source>
        <translation>このコンピューターはサーバーの証明書を知らないため、サーバーが名乗るとおりの相手かどうかを確認できません。このフィンガープリントを、トレーナーが示すものと 1 文字ずつ比較してください。同じ場合にのみ証明書を信頼してください。信頼すると、Sync Console はこの接続でこの証明書だけを受け入れます。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed</source>
        <translation>サーバーの証明書が変わりました</translation>
    </message>
    <message>
        <source>The server presented another certificate than the one you trusted for this connection, so Sync Console did not connect: someone may be pretending to be the server. If your trainer made a new certificate, forget the old one, then compare the new fingerprint with theirs. Presented now:</source>
        <translation>サーバーが、この接続で信頼した証明書とは別の証明書を提示したため、Sync Console は接続しませんでした。誰かがサーバーになりすましている可能性があります。トレーナーが新しい証明書を作成した場合は、古い証明書を削除してから、新しいフィンガープリントをトレーナーのものと比較してください。今回提示された証明書:</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>信頼した証明書</translation>
    </message>
    <message>
        <source>You trusted the server&apos;s certificate with this fingerprint for this connection; no other is accepted.</source>
        <translation>この接続では、このフィンガープリントのサーバー証明書を信頼しています。ほかの証明書は受け入れません。</translation>
    </message>
</context>
<context>
    <name>ChartModule</name>
    <message>
        <source>%1 is not a charts module</source>
        <translation>%1 はグラフモジュールではありません</translation>
    </message>
    <message>
        <source>not found in %1</source>
        <translation>%1 に見つかりません</translation>
    </message>
</context>
<context>
    <name>ClassroomModel</name>
    <message>
        <source>Classroom: %1</source>
        <translation>教室：%1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>まとめ</translation>
    </message>
    <message>
        <source>Seat</source>
        <comment>classroom column: the trainee&apos;s seat number</comment>
        <translation>席</translation>
    </message>
    <message>
        <source>Public Key</source>
        <comment>classroom column</comment>
        <translation>公開キー</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>classroom column: the seat&apos;s live Sync state</comment>
        <translation>同期</translation>
    </message>
    <message>
        <source>Runbook</source>
        <comment>classroom column: where the seat is in the terminate-and-re-enable runbook</comment>
        <translation>ランブック</translation>
    </message>
    <message>
        <source>Out of Order</source>
        <comment>classroom column: steps taken out of order</comment>
        <translation>順序違い</translation>
    </message>
    <message>
        <source>Client Resets</source>
        <comment>classroom column</comment>
        <translation>クライアントリセット</translation>
    </message>
    <message>
        <source>Last Error</source>
        <comment>classroom column</comment>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <source>On Step</source>
        <comment>classroom column: time spent on the current step</comment>
        <translation>ステップの経過時間</translation>
    </message>
    <message>
        <source>Terminate drafted</source>
        <comment>runbook step</comment>
        <translation>終了を下書き済み</translation>
    </message>
    <message>
        <source>Terminate deployed</source>
        <comment>runbook step</comment>
        <translation>終了をデプロイ済み</translation>
    </message>
    <message>
        <source>Waited 10 minutes</source>
        <comment>runbook step</comment>
        <translation>10 分間待機済み</translation>
    </message>
    <message>
        <source>Re-enable drafted</source>
        <comment>runbook step</comment>
        <translation>再有効化を下書き済み</translation>
    </message>
    <message>
        <source>Re-enable deployed</source>
        <comment>runbook step</comment>
        <translation>再有効化をデプロイ済み</translation>
    </message>
    <message>
        <source>Enabled</source>
        <comment>Sync state</comment>
        <translation>有効</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>Sync state</comment>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Terminated</source>
        <comment>Sync state</comment>
        <translation>終了済み</translation>
    </message>
    <message>
        <source>No app</source>
        <comment>classroom: a seat without an app</comment>
        <translation>アプリなし</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>classroom: the seat&apos;s re-enable is live</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>classroom: no runbook step seen yet</comment>
        <translation>未着手</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <extracomment>%1 steps done of %2; %3 the latest step&apos;s name</extracomment>
        <translation>%2 中 %1：%3</translation>
    </message>
    <message>
        <source>Re-enable drafted before the terminate was deployed</source>
        <translation>終了のデプロイ前に再有効化を下書きした</translation>
    </message>
    <message>
        <source>Re-enabled %1 after the terminate went live, before the 10-minute wait</source>
        <translation>終了の反映から %1 後、10 分の待機を終える前に再有効化した</translation>
    </message>
    <message>
        <source>%1 (%2 waiting)</source>
        <extracomment>client resets of a seat: %1 in all, %2 of them still waiting in error</extracomment>
        <translation>%1（%2 件待機中）</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <extracomment>a seat&apos;s last error: %1 HTTP status, %2 error code, %3 the request (METHOD PATH)</extracomment>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>No runbook step seen yet.</source>
        <translation>ランブックの手順はまだ見られていません。</translation>
    </message>
    <message>
        <source>Out of order: %1</source>
        <translation>順序違い：%1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最後のエラー：%1</translation>
    </message>
    <message>
        <source>Client resets: %1</source>
        <translation>クライアントリセット：%1</translation>
    </message>
    <message>
        <source>Next: %1 (on the current step for %2)</source>
        <extracomment>%1 the next step&apos;s name, %2 time on the current step (m:ss)</extracomment>
        <translation>次：%1（現在のステップで %2 経過）</translation>
    </message>
    <message>
        <source>%1 of %2 seats finished the runbook.</source>
        <extracomment>%1 seats finished of %2</extracomment>
        <translation>%2 席中 %1 席がランブックを完了しました。</translation>
    </message>
    <message>
        <source>Seat %1: finished in %2</source>
        <translation>席 %1：%2 で完了</translation>
    </message>
    <message>
        <source>Seat %1: not finished (%2)</source>
        <extracomment>%1 seat number, %2 where the seat is in the runbook</extracomment>
        <translation>席 %1：未完了（%2）</translation>
    </message>
    <message>
        <source>, no mistakes.</source>
        <translation>、ミスなし。</translation>
    </message>
    <message>
        <source>; mistakes: %1.</source>
        <translation>。ミス：%1。</translation>
    </message>
    <message>
        <source>Re-enabled before the wait</source>
        <comment>classroom: a short out-of-order flag</comment>
        <translation>待機前に再有効化</translation>
    </message>
    <message>
        <source>Re-enable drafted early</source>
        <comment>classroom: a short out-of-order flag</comment>
        <translation>再有効化の下書きが早すぎる</translation>
    </message>
</context>
<context>
    <name>ClassroomView</name>
    <message>
        <source>Classroom</source>
        <comment>window title: the instructor&apos;s view of the seats</comment>
        <translation>教室</translation>
    </message>
    <message>
        <source>Seat Activity</source>
        <translation>席のアクティビティ</translation>
    </message>
    <message>
        <source>Reset Seat</source>
        <translation>席をリセット</translation>
    </message>
    <message>
        <source>Classroom — Sync Console</source>
        <translation>教室 — Sync Console</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Reset All Seats…</source>
        <translation>すべての席をリセット…</translation>
    </message>
    <message>
        <source>Move the class&apos;s clock by</source>
        <translation>クラスの時計を進める：</translation>
    </message>
    <message>
        <source> min</source>
        <comment>spin box suffix: minutes</comment>
        <translation> 分</translation>
    </message>
    <message>
        <source>Minutes to move the class&apos;s clock by</source>
        <translation>クラスの時計を進める分数</translation>
    </message>
    <message>
        <source>Move Clock</source>
        <translation>時計を進める</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>席</translation>
    </message>
    <message>
        <source>Seat activity</source>
        <translation>席のアクティビティ</translation>
    </message>
    <message>
        <source>Click a seat to see what the simulator saw it do.</source>
        <translation>席をクリックすると、シミュレーターが見たその席の操作が表示されます。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>まとめ</translation>
    </message>
    <message>
        <source>This server is not a classroom simulator (it answered 404 to /_sim/classroom).</source>
        <translation>このサーバーは教室シミュレーターではありません（/_sim/classroom に 404 を返しました）。</translation>
    </message>
    <message>
        <source>The class could not be read: %1</source>
        <translation>クラスを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Reading the class…</source>
        <translation>クラスを読み込んでいます…</translation>
    </message>
    <message>
        <source>Classroom: %1</source>
        <translation>教室：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s), read at %1</source>
        <extracomment>%n number of seats, %1 the time the class was last read</extracomment>
        <translation>
            <numerusform>%n 席、%1 に読み込み</numerusform>
        </translation>
    </message>
    <message>
        <source>Seat %1: %2</source>
        <translation>席 %1：%2</translation>
    </message>
    <message>
        <source>Seat %1 could not be reset: %2</source>
        <translation>席 %1 をリセットできませんでした：%2</translation>
    </message>
    <message>
        <source>Reset All Seats</source>
        <translation>すべての席をリセット</translation>
    </message>
    <message>
        <source>Put every seat back at the scenario&apos;s start? The trainees&apos; apps, drafts, deployments and progress are lost.</source>
        <translation>すべての席をシナリオの開始時点に戻しますか？受講者のアプリ、下書き、デプロイ、進捗は失われます。</translation>
    </message>
    <message>
        <source>Reset All</source>
        <translation>すべてリセット</translation>
    </message>
    <message>
        <source>The seats could not be reset: %1</source>
        <translation>席をリセットできませんでした：%1</translation>
    </message>
    <message>
        <source>The class&apos;s clock could not be moved: %1</source>
        <translation>クラスの時計を進められませんでした：%1</translation>
    </message>
    <message>
        <source>Export the class</source>
        <translation>クラスをエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Markdown files (*.md)</source>
        <translation>CSV ファイル (*.csv);;Markdown ファイル (*.md)</translation>
    </message>
    <message>
        <source>The class could not be exported: %1</source>
        <translation>クラスをエクスポートできませんでした：%1</translation>
    </message>
    <message>
        <source>The class was exported to %1.</source>
        <translation>クラスを %1 にエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>ClientRecoveryPanel</name>
    <message>
        <source>Client recovery</source>
        <translation>クライアントの回復</translation>
    </message>
    <message>
        <source>Hide the client recovery panel</source>
        <translation>クライアントの回復パネルを隠す</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <comment>devices that connected again</comment>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>devices that went through a client reset</comment>
        <translation>リセット済み</translation>
    </message>
    <message>
        <source>Recovered</source>
        <comment>devices that recovered their unsynced changes</comment>
        <translation>回復済み</translation>
    </message>
    <message>
        <source>Discarded</source>
        <comment>devices that lost their unsynced changes</comment>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Waiting in error</source>
        <comment>devices waiting for their app to reset them</comment>
        <translation>エラーで待機中</translation>
    </message>
    <message>
        <source>Not back yet</source>
        <comment>devices that have not connected since</comment>
        <translation>未復帰</translation>
    </message>
    <message>
        <source>since Sync was re-enabled at %1</source>
        <translation>%1 に同期が再度有効化されてから</translation>
    </message>
    <message>
        <source>since Sync was resumed at %1</source>
        <translation>%1 に同期が再開されてから</translation>
    </message>
    <message>
        <source>counted from the App Services logs</source>
        <translation>App Services のログから集計</translation>
    </message>
    <message>
        <source>counted from the simulator&apos;s devices</source>
        <translation>シミュレーターのデバイスから集計</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recovered</source>
        <translation>
            <numerusform>%n 件の変更を回復</numerusform>
        </translation>
    </message>
    <message>
        <source>changes lost: not in the logs</source>
        <translation>失われた変更: ログに記録なし</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) lost</source>
        <translation>
            <numerusform>%n 件の変更が失われました</numerusform>
        </translation>
    </message>
    <message>
        <source>reconnected, no reset needed</source>
        <translation>再接続済み、リセット不要</translation>
    </message>
    <message>
        <source>not back yet (offline)</source>
        <translation>未復帰（オフライン）</translation>
    </message>
    <message>
        <source>has not synced</source>
        <translation>同期していません</translation>
    </message>
    <message>
        <source>refused (%1), waits in error until its app resets it (%2 mode)</source>
        <translation>拒否（%1）、アプリがリセットするまでエラーで待機中（%2 モード）</translation>
    </message>
    <message>
        <source>reset (%1), had no unsynced changes</source>
        <translation>リセット済み（%1）、同期されていない変更なし</translation>
    </message>
    <message numerus="yes">
        <source>reset (%1), recovered %n change(s)</source>
        <translation>
            <numerusform>リセット済み（%1）、%n 件の変更を回復</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reset (%1), lost %n change(s)</source>
        <translation>
            <numerusform>リセット済み（%1）、%n 件の変更が失われました</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 (%3 mode): %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2、%3 モード）: %4</translation>
    </message>
    <message>
        <source>Could not read the latest state: %1</source>
        <translation>最新の状態を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Devices are told apart by user, platform and SDK. The logs do not say which devices have not come back.</source>
        <translation>デバイスはユーザー、プラットフォーム、SDK で区別しています。まだ戻っていないデバイスはログからはわかりません。</translation>
    </message>
    <message numerus="yes">
        <source>For %n device(s) that reset, the logs do not say whether their unsynced changes were recovered or lost.</source>
        <translation>
            <numerusform>リセットされた %n 台のデバイスについては、同期されていない変更が回復されたか失われたかがログからはわかりません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting stopped at %1 log entries.</source>
        <translation>ログエントリ %1 件で集計を停止しました。</translation>
    </message>
    <message>
        <source>Counting stopped an hour after Sync came back; these are the last figures.</source>
        <translation>同期の復帰から 1 時間で集計を停止しました。これが最終的な数値です。</translation>
    </message>
</context>
<context>
    <name>ClientResetPreview</name>
    <message>
        <source>recover</source>
        <comment>client reset mode</comment>
        <translation>recover（回復）</translation>
    </message>
    <message>
        <source>recover-or-discard</source>
        <comment>client reset mode</comment>
        <translation>recover-or-discard（回復または破棄）</translation>
    </message>
    <message>
        <source>discard</source>
        <comment>client reset mode</comment>
        <translation>discard（破棄）</translation>
    </message>
    <message>
        <source>manual</source>
        <comment>client reset mode</comment>
        <translation>manual（手動）</translation>
    </message>
    <message>
        <source>No device has synced with this app yet, so none will need a client reset.</source>
        <translation>このアプリと同期したデバイスはまだないため、クライアントリセットが必要なデバイスはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) will need a client reset.</source>
        <translation>
            <numerusform>%n 台のデバイスでクライアントリセットが必要になります。</numerusform>
        </translation>
    </message>
    <message>
        <source>None of them holds unsynced changes.</source>
        <translation>同期されていない変更を持つデバイスはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n of them hold(s) unsynced changes, %1 in all.</source>
        <translation>
            <numerusform>そのうち %n 台に同期されていない変更があります（合計 %1 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Client recovery is off for this app.</source>
        <translation>このアプリではクライアントの回復（Client Recovery）がオフです。</translation>
    </message>
    <message numerus="yes">
        <source>With client recovery on, %n of them will recover their changes.</source>
        <translation>
            <numerusform>クライアントの回復がオンなので、そのうち %n 台は変更を回復します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 device (%2 mode) will lose %n change(s).</source>
        <translation>
            <numerusform>デバイス %1（%2 モード）は %n 件の変更を失います。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 device (%2 mode) will stop syncing until its app resets it.</source>
        <translation>デバイス %1（%2 モード）は、アプリがリセットするまで同期を停止します。</translation>
    </message>
    <message numerus="yes">
        <source>%n of them will hold changes by the time they reset, as their users keep working while Sync is off.</source>
        <translation>
            <numerusform>同期がオフの間もユーザーが作業を続けるため、そのうち %n 台はリセットの時点で変更を保持しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 device (%2 mode) will lose the changes its user makes until then.</source>
        <translation>デバイス %1（%2 モード）は、それまでにユーザーが行う変更を失います。</translation>
    </message>
</context>
<context>
    <name>ConfigStepRow</name>
    <message>
        <source>Step %1 done</source>
        <translation>ステップ %1 完了</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>ステップ %1</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Built-in simulator</source>
        <translation>内蔵シミュレーター</translation>
    </message>
    <message>
        <source>Connect</source>
        <comment>button: connect to the server</comment>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connect to App Services</source>
        <translation>App Services に接続</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>e.g. Production EU</source>
        <translation>例: 本番 EU</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>保存済みの接続</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>connection profile name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Scenario</source>
        <comment>simulator scenario</comment>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>kept in the system keychain, never in a file</source>
        <translation>システムのキーチェーンに保存され、ファイルには書き込まれません</translation>
    </message>
    <message>
        <source>optional: the first project of your key</source>
        <translation>省略可: キーの最初のプロジェクト</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Public API key</source>
        <translation>公開 API キー</translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation>秘密 API キー</translation>
    </message>
    <message>
        <source>Project (group) ID</source>
        <translation>プロジェクト（グループ）ID</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>No keychain here: the key is asked for each session</source>
        <translation>キーチェーンがありません: キーはセッションごとに入力を求められます</translation>
    </message>
    <message>
        <source>Enter the public API key.</source>
        <translation>公開 API キーを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Keep the private key in the system keychain</source>
        <translation>秘密鍵をシステムのキーチェーンに保存する(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <comment>button: connect to the server</comment>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Built-in simulator</source>
        <translation>内蔵シミュレーター(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;App Services</source>
        <translation>App Services(&amp;A)</translation>
    </message>
    <message>
        <source>Forgotten. The next connection asks about the server&apos;s certificate again.</source>
        <translation>削除しました。次回の接続で、サーバーの証明書についてもう一度確認します。</translation>
    </message>
</context>
<context>
    <name>ConnectionFlow</name>
    <message>
        <source>Command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>Built-in simulator</source>
        <translation>内蔵シミュレーター</translation>
    </message>
    <message>
        <source>Enter the private API key for “%1”.</source>
        <translation>「%1」の秘密 API キーを入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Signed in: %n app(s) in the project.</source>
        <translation>
            <numerusform>サインインしました: プロジェクト内のアプリは %n 個です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleApp</name>
    <message>
        <source>The scenario “%1” is back at its start.</source>
        <translation>シナリオ「%1」を開始時の状態に戻しました。</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>This simulator has no scenario start to go back to.</source>
        <translation>このシミュレーターには戻るべきシナリオの開始状態がありません。</translation>
    </message>
    <message>
        <source>This server is not a classroom simulator: %1</source>
        <translation>このサーバーは教室シミュレーターではありません：%1</translation>
    </message>
    <message>
        <source>&amp;Classroom…</source>
        <translation>教室(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ConsoleDialog</name>
    <message>
        <source>Close</source>
        <comment>button: close the dialog</comment>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>sync-console: %1
Try “sync-console --help”.</source>
        <translation>sync-console: %1
「sync-console --help」を参照してください。</translation>
    </message>
    <message>
        <source>Sync Console: pause, terminate and re-enable Atlas Device Sync, and review and deploy the draft, on the App Services Admin API v3.0 or on the built-in simulator (the default).
Credentials for --base-url come from MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY.</source>
        <translation>Sync Console: Atlas Device Sync の一時停止、終了、再有効化と、ドラフトの確認とデプロイを、App Services Admin API v3.0 または内蔵シミュレーター（既定）で行います。
--base-url の認証情報は MONGODB_ATLAS_PUBLIC_API_KEY と MONGODB_ATLAS_PRIVATE_API_KEY から取得します。</translation>
    </message>
    <message>
        <source>The built-in simulator&apos;s scenario.</source>
        <translation>内蔵シミュレーターのシナリオ。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>An Admin API to use instead of the simulator, e.g. https://services.cloud.mongodb.com/api/admin/v3.0.</source>
        <translation>シミュレーターの代わりに使う Admin API（例: https://services.cloud.mongodb.com/api/admin/v3.0）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The project (group) id; default: the first one of your profile.</source>
        <translation>プロジェクト（グループ）ID。既定: プロファイルの最初のプロジェクト。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The app: its _id, client app id or name; default: the first.</source>
        <translation>アプリ: _id、クライアントアプリ ID、または名前。既定: 最初のアプリ。</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Play a procedure through the real widgets: terminate, pause, resume or enable.</source>
        <translation>実際のウィジェットで手順を再生します: terminate、pause、resume、enable のいずれか。</translation>
    </message>
    <message>
        <source>PROCEDURE</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Milliseconds between autoplay steps (0 for scripts).</source>
        <translation>自動再生のステップ間隔（ミリ秒、スクリプトでは 0）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>Quit once the server confirms the result (status 0), or with the error on stderr and a non-zero status.</source>
        <translation>サーバーが結果を確認したら終了します（ステータス 0）。失敗時はエラーを stderr に出力し、0 以外のステータスで終了します。</translation>
    </message>
    <message>
        <source>Play the pause and terminate procedures and write their figures as PNG into DIR.</source>
        <translation>一時停止と終了の手順を再生し、その図を PNG として DIR に書き出します。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>Confirm Terminate Sync by typing “Terminate Sync” instead of a checkbox.</source>
        <translation>同期の終了を、チェックボックスではなく「同期を終了」と入力して確認します。</translation>
    </message>
    <message>
        <source>List the simulator&apos;s scenarios and exit.</source>
        <translation>シミュレーターのシナリオを一覧表示して終了します。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <source>unknown scenario “%1”; choose one of: %2</source>
        <translation>不明なシナリオ「%1」。次から選んでください: %2</translation>
    </message>
    <message>
        <source>--base-url needs an http(s) URL such as https://services.cloud.mongodb.com/api/admin/v3.0</source>
        <translation>--base-url には https://services.cloud.mongodb.com/api/admin/v3.0 のような http(s) の URL が必要です</translation>
    </message>
    <message>
        <source>--autoplay takes one of: %1</source>
        <translation>--autoplay には次のいずれかを指定します: %1</translation>
    </message>
    <message>
        <source>--autoplay-delay needs a whole number of milliseconds, at least 0</source>
        <translation>--autoplay-delay には 0 以上の整数（ミリ秒）が必要です</translation>
    </message>
    <message>
        <source>--capture-docs plays the procedures it pictures; it cannot be combined with --autoplay %1</source>
        <translation>--capture-docs は図にする手順を自ら再生するため、--autoplay %1 とは併用できません</translation>
    </message>
    <message>
        <source>The language of the console: %1; default: the one chosen in Settings, else the system&apos;s.</source>
        <translation>コンソールの言語: %1。既定: 設定で選んだ言語、なければシステムの言語。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <comment>value of --lang</comment>
        <translation>言語</translation>
    </message>
    <message>
        <source>unknown language “%1”; the console speaks: %2</source>
        <translation>不明な言語「%1」。コンソールで使える言語: %2</translation>
    </message>
    <message>
        <source>The generation of the Sync page: 2021 (the classic page) or 2023 (the Device Sync page with its Dashboard); default: the one chosen in Settings.</source>
        <translation>同期ページの世代: 2021 (従来のページ) または 2023 (ダッシュボード付きの Device Sync ページ)。既定: 設定で選んだもの。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <comment>value of --ui</comment>
        <translation>年</translation>
    </message>
    <message>
        <source>--ui takes 2021 or 2023, not “%1”</source>
        <translation>--ui には 2021 か 2023 を指定してください (「%1」ではなく)</translation>
    </message>
    <message>
        <source>Open the instructor&apos;s view of a classroom simulator (sync-console-sim --classroom N) once connected with the instructor&apos;s key.</source>
        <translation>講師のキーで接続したら、教室シミュレーター（sync-console-sim --classroom N）の講師ビューを開きます。</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>The built-in simulator could not listen on the loopback interface.</source>
        <translation>内蔵シミュレーターはループバックインターフェイスで待ち受けできませんでした。</translation>
    </message>
    <message>
        <source>Set MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY to the API key pair for %1.</source>
        <translation>MONGODB_ATLAS_PUBLIC_API_KEY と MONGODB_ATLAS_PRIVATE_API_KEY に %1 の API キーペアを設定してください。</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>%1 へのサインインに失敗しました: %2</translation>
    </message>
    <message>
        <source>Reading your profile failed: %1</source>
        <translation>プロファイルの読み取りに失敗しました: %1</translation>
    </message>
    <message>
        <source>Your API key holds no project role; give the project id with --group.</source>
        <translation>API キーにプロジェクトロールがありません。--group でプロジェクト ID を指定してください。</translation>
    </message>
    <message>
        <source>Listing the apps of project %1 failed: %2</source>
        <translation>プロジェクト %1 のアプリの一覧取得に失敗しました: %2</translation>
    </message>
    <message>
        <source>Project %1 has no apps.</source>
        <translation>プロジェクト %1 にはアプリがありません。</translation>
    </message>
    <message>
        <source>Project %1 has no app “%2”.</source>
        <translation>プロジェクト %1 にアプリ「%2」はありません。</translation>
    </message>
</context>
<context>
    <name>CtlChange</name>
    <message>
        <source>Nothing was changed: confirm with --yes when no one is at a terminal.</source>
        <translation>何も変更されていません。端末に誰もいない場合は --yes で確認してください。</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>確認されませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <source>There is no draft to deploy.</source>
        <translation>デプロイするドラフトがありません。</translation>
    </message>
    <message>
        <source>There is no draft to discard.</source>
        <translation>破棄するドラフトがありません。</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>ドラフトを破棄しました。</translation>
    </message>
    <message>
        <source>Deploy %1 again? Type y to go on: </source>
        <translation>%1 を再デプロイしますか？続けるには y と入力してください: </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer that confirms</comment>
        <translation>y</translation>
    </message>
    <message>
        <source>Sync is already paused.</source>
        <translation>Sync はすでに一時停止しています。</translation>
    </message>
    <message>
        <source>Sync is already enabled.</source>
        <translation>Sync はすでに有効です。</translation>
    </message>
    <message>
        <source>Sync is already terminated.</source>
        <translation>Sync はすでに終了しています。</translation>
    </message>
    <message>
        <source>Sync is %1: it cannot be changed with %2.</source>
        <translation>Sync の状態は %1 です。%2 では変更できません。</translation>
    </message>
    <message>
        <source>A draft is pending: deploy it (deploy) or discard it (discard) first.</source>
        <translation>保留中のドラフトがあります。先にデプロイ（deploy）するか破棄（discard）してください。</translation>
    </message>
    <message>
        <source>Drafts are off: a change goes live at once, so there is nothing to try. Nothing was changed.</source>
        <translation>ドラフトはオフです。変更はすぐに反映されるため、試すことはできません。何も変更されていません。</translation>
    </message>
    <message>
        <source>Terminating Sync discards the devices&apos; unsynced changes at their next client reset. Type “%1” to go on: </source>
        <translation>Sync を終了すると、デバイスの未同期の変更は次回のクライアントリセットで破棄されます。続けるには「%1」と入力してください: </translation>
    </message>
    <message>
        <source>Terminate Sync</source>
        <comment>the phrase typed to confirm</comment>
        <translation>Sync を終了</translation>
    </message>
    <message>
        <source>Drafts are on: a change is deployed after a confirmation. Give --yes to deploy it, or --dry-run to see the draft&apos;s changes only.</source>
        <translation>ドラフトはオンです。変更は確認の後にデプロイされます。デプロイするには --yes を、ドラフトの変更だけを見るには --dry-run を指定してください。</translation>
    </message>
    <message>
        <source>The console could not start %1 now.</source>
        <translation>コンソールは今 %1 を開始できませんでした。</translation>
    </message>
    <message>
        <source>No configuration was saved when Sync was terminated here; give --config FILE.</source>
        <translation>ここで Sync を終了したときに保存された構成がありません。--config FILE を指定してください。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The draft changes nothing.</source>
        <translation>このドラフトは何も変更しません。</translation>
    </message>
    <message>
        <source>Dry run: the draft was discarded; nothing was deployed.</source>
        <translation>ドライラン: ドラフトを破棄しました。何もデプロイされていません。</translation>
    </message>
    <message>
        <source>Deploy these changes? Type y to deploy: </source>
        <translation>これらの変更をデプロイしますか？デプロイするには y と入力してください: </translation>
    </message>
    <message>
        <source>Not confirmed; the draft was not deployed and is kept.</source>
        <translation>確認されませんでした。ドラフトはデプロイされず、保持されます。</translation>
    </message>
    <message>
        <source>Deploying %1: %2</source>
        <translation>%1 をデプロイ中: %2</translation>
    </message>
    <message>
        <source>No deployment was started.</source>
        <translation>デプロイは開始されませんでした。</translation>
    </message>
    <message>
        <source>Deployment %1 failed.</source>
        <translation>デプロイ %1 は失敗しました。</translation>
    </message>
    <message>
        <source>Deployed: %1</source>
        <translation>デプロイしました: %1</translation>
    </message>
    <message>
        <source>Not confirmed; the draft was discarded, nothing was changed.</source>
        <translation>確認されませんでした。ドラフトを破棄しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>%1 holds no sync configuration: it needs an object named %2 or %3.</source>
        <translation>%1 には Sync の構成がありません。%2 または %3 という名前のオブジェクトが必要です。</translation>
    </message>
</context>
<context>
    <name>CtlConnection</name>
    <message>
        <source>There is no connection profile “%1”.</source>
        <translation>接続プロファイル「%1」はありません。</translation>
    </message>
    <message>
        <source>No private API key is saved for “%1”; set MONGODB_ATLAS_PRIVATE_API_KEY.</source>
        <translation>「%1」の秘密 API キーは保存されていません。MONGODB_ATLAS_PRIVATE_API_KEY を設定してください。</translation>
    </message>
</context>
<context>
    <name>CtlFormat</name>
    <message>
        <source>never</source>
        <comment>a time that is not known</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>gone: the app answers 404</source>
        <translation>存在しません: アプリは 404 を返します</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>App:            %1 (%2)</source>
        <translation>アプリ:         %1 (%2)</translation>
    </message>
    <message>
        <source>Cluster:        %1</source>
        <translation>クラスター:     %1</translation>
    </message>
    <message>
        <source>Sync:           %1</source>
        <translation>Sync:           %1</translation>
    </message>
    <message>
        <source>Last disabled:  %1</source>
        <translation>最終無効化:     %1</translation>
    </message>
    <message>
        <source>Lag:            %1</source>
        <translation>遅延:           %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>Sessions:       %1</source>
        <translation>セッション:     %1</translation>
    </message>
    <message>
        <source>Drafts:         %1</source>
        <translation>ドラフト:       %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>on, a draft is pending</source>
        <translation>オン、保留中のドラフトあり</translation>
    </message>
    <message>
        <source>on, no draft pending</source>
        <translation>オン、保留中のドラフトなし</translation>
    </message>
</context>
<context>
    <name>CtlOptions</name>
    <message>
        <source>sync-consolectl: %1
Try “sync-consolectl --help”.</source>
        <translation>sync-consolectl: %1
「sync-consolectl --help」を試してください。</translation>
    </message>
    <message>
        <source>Sync Console&apos;s command line: read, pause, resume, terminate and re-enable Atlas Device Sync, and review and deploy the draft, from scripts. It uses the console&apos;s profiles and keychain; --base-url takes its keys from MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY.

Commands: %1

Exit status: 0 done, 1 the server refused, 2 usage, 3 network or sign-in, 4 timed out, 5 conflict (a draft exists).</source>
        <translation>Sync Console のコマンドライン: スクリプトから Atlas Device Sync を読み取り、一時停止、再開、終了、再有効化し、ドラフトを確認してデプロイします。コンソールのプロファイルとキーチェーンを使います。--base-url のキーは MONGODB_ATLAS_PUBLIC_API_KEY と MONGODB_ATLAS_PRIVATE_API_KEY から取ります。

コマンド: %1

終了ステータス: 0 完了、1 サーバーが拒否、2 使い方の誤り、3 ネットワークまたはサインイン、4 タイムアウト、5 競合（ドラフトが存在）。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>実行する内容。</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS]</source>
        <translation>コマンド [引数]</translation>
    </message>
    <message>
        <source>Answer in JSON: one document, or one line per update.</source>
        <translation>JSON で答えます: 1 つのドキュメント、または更新ごとに 1 行。</translation>
    </message>
    <message>
        <source>Deploy and terminate without asking.</source>
        <translation>確認せずにデプロイと終了を行います。</translation>
    </message>
    <message>
        <source>Show the draft&apos;s changes, then discard it.</source>
        <translation>ドラフトの変更を表示してから破棄します。</translation>
    </message>
    <message>
        <source>An Admin API, e.g. %1.</source>
        <translation>Admin API。例: %1。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The project (group) id.</source>
        <translation>プロジェクト（グループ）の ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The app: its _id, client app id or name.</source>
        <translation>アプリ: その _id、クライアントアプリ ID、または名前。</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>One of the console&apos;s saved connection profiles.</source>
        <translation>コンソールに保存された接続プロファイルの 1 つ。</translation>
    </message>
    <message>
        <source>The built-in simulator&apos;s scenario.</source>
        <translation>内蔵シミュレーターのシナリオ。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The language: %1.</source>
        <translation>言語: %1。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <comment>value of --lang</comment>
        <translation>言語</translation>
    </message>
    <message>
        <source>Give up after this long (exit status 4).</source>
        <translation>この時間が過ぎたらあきらめます（終了ステータス 4）。</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>status: show it again whenever it changes.</source>
        <translation>status: 変わるたびに再表示します。</translation>
    </message>
    <message>
        <source>--watch, --follow: read again this often.</source>
        <translation>--watch、--follow: この間隔で再読み込みします。</translation>
    </message>
    <message>
        <source>--watch, --follow: stop after N updates.</source>
        <translation>--watch、--follow: N 回の更新で停止します。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>enable: with the configuration saved when Sync was terminated.</source>
        <translation>enable: Sync 終了時に保存された構成で。</translation>
    </message>
    <message>
        <source>enable: with the sync block in this JSON file.</source>
        <translation>enable: この JSON ファイルの sync ブロックで。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>deploy: the deployment&apos;s name.</source>
        <translation>deploy: デプロイの名前。</translation>
    </message>
    <message>
        <source>logs: one type, e.g. SYNC_ERROR.</source>
        <translation>logs: 1 つの種類。例: SYNC_ERROR。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>logs: errors only.</source>
        <translation>logs: エラーのみ。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>logs: one user&apos;s entries.</source>
        <translation>logs: 1 人のユーザーのエントリ。</translation>
    </message>
    <message>
        <source>logs: keep printing new entries.</source>
        <translation>logs: 新しいエントリを出力し続けます。</translation>
    </message>
    <message>
        <source>runbook: how long to wait between terminating and enabling again.</source>
        <translation>runbook: 終了から再有効化までの待ち時間。</translation>
    </message>
    <message>
        <source>--%1 belongs to %2, not to %3</source>
        <translation>--%1 は %3 ではなく %2 のオプションです</translation>
    </message>
    <message>
        <source>unknown language “%1”</source>
        <translation>不明な言語「%1」</translation>
    </message>
    <message>
        <source>unknown scenario “%1”; choose one of: %2</source>
        <translation>不明なシナリオ「%1」。次から選んでください: %2</translation>
    </message>
    <message>
        <source>--base-url needs an http(s) URL</source>
        <translation>--base-url には http(s) の URL が必要です</translation>
    </message>
    <message>
        <source>--%1 needs a duration such as 90s, 10m or 2h</source>
        <translation>--%1 には 90s、10m、2h のような時間が必要です</translation>
    </message>
    <message>
        <source>--interval needs a duration such as 500ms or 2s</source>
        <translation>--interval には 500ms や 2s のような時間が必要です</translation>
    </message>
    <message>
        <source>--count needs a whole number, at least 1</source>
        <translation>--count には 1 以上の整数が必要です</translation>
    </message>
    <message>
        <source>give --from-snapshot or --config, not both</source>
        <translation>--from-snapshot か --config のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>unknown log type “%1”</source>
        <translation>不明なログの種類「%1」</translation>
    </message>
    <message>
        <source>--since needs a time (2026-05-01T10:00:00Z) or a duration (10m, 2h)</source>
        <translation>--since には時刻（2026-05-01T10:00:00Z）または時間（10m、2h）が必要です</translation>
    </message>
    <message>
        <source>--dry-run goes with a change, not with %1</source>
        <translation>--dry-run は変更のコマンドに使います。%1 には使えません</translation>
    </message>
    <message>
        <source>%1 takes %2</source>
        <translation>%1 には %2 を指定します</translation>
    </message>
    <message>
        <source>the id of a deployment</source>
        <translation>デプロイの ID</translation>
    </message>
    <message>
        <source>runbook takes one name: terminate-and-reenable</source>
        <translation>runbook には名前を 1 つ指定します: terminate-and-reenable</translation>
    </message>
    <message>
        <source>drafts takes nothing, on or off</source>
        <translation>drafts には何も指定しないか、on または off を指定します</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>引数なし</translation>
    </message>
    <message>
        <source>name a command: %1</source>
        <translation>コマンドを指定してください: %1</translation>
    </message>
    <message>
        <source>unknown command “%1”; the commands are: %2</source>
        <translation>不明なコマンド「%1」。コマンドは次のとおりです: %2</translation>
    </message>
    <message>
        <source>time takes how far to move the simulator&apos;s clock, e.g. 10m</source>
        <translation>time には、シミュレーターの時計を進める時間を指定します。例: 10m</translation>
    </message>
    <message>
        <source>logs, report: from this time, or this long ago (10m, 2h).</source>
        <translation>logs、report: この時刻から、またはこの時間だけ前から（10m、2h）。</translation>
    </message>
    <message>
        <source>runbook: write the procedure report to FILE (Markdown, or PDF for *.pdf).</source>
        <translation>runbook: 手順レポートを FILE に書き出します（Markdown、*.pdf なら PDF）。</translation>
    </message>
    <message>
        <source>report, runbook: write the report as PDF.</source>
        <translation>report、runbook: レポートを PDF で書き出します。</translation>
    </message>
    <message>
        <source>report needs --since TIME (2026-05-01T10:00:00Z, or 2h)</source>
        <translation>report には --since TIME（2026-05-01T10:00:00Z、または 2h）が必要です</translation>
    </message>
    <message>
        <source>--pdf needs a file: --out FILE (report) or --report FILE (runbook)</source>
        <translation>--pdf にはファイルが必要です: --out FILE（report）または --report FILE（runbook）</translation>
    </message>
    <message>
        <source>report: write it to FILE (Markdown, or PDF for *.pdf) instead of printing it; classroom: the class&apos;s table to FILE (CSV, or Markdown for *.md).</source>
        <translation>report: 表示する代わりに FILE に書き出します（Markdown、*.pdf なら PDF）。classroom: クラスの表を FILE に書き出します（CSV、*.md なら Markdown）。</translation>
    </message>
    <message>
        <source>Accept the server&apos;s certificate with this SHA-256 fingerprint although this computer does not trust it (a class&apos;s simulator prints it); else the profile&apos;s.</source>
        <translation>このコンピューターが信頼していなくても、この SHA-256 フィンガープリントのサーバー証明書を受け入れます (授業のシミュレーターが表示します)。指定しない場合はプロファイルのものを使います。</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>--pin needs a SHA-256 fingerprint: 32 bytes in hex, as AB:CD:…</source>
        <translation>--pin には SHA-256 フィンガープリント (16 進数で 32 バイト、AB:CD:… の形式) が必要です</translation>
    </message>
</context>
<context>
    <name>CtlReport</name>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>レポートを %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The report is in %1.</source>
        <translation>レポートは %1 にあります。</translation>
    </message>
</context>
<context>
    <name>CtlRun</name>
    <message numerus="yes">
        <source>No answer within %n second(s); the command was given up. The server may still carry out a change it received.</source>
        <translation>
            <numerusform>%n 秒以内に応答がなかったため、コマンドを中止しました。サーバーは受け取った変更をまだ実行する可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are on.</source>
        <translation>ドラフトはオンです。</translation>
    </message>
    <message>
        <source>Drafts are off.</source>
        <translation>ドラフトはオフです。</translation>
    </message>
    <message>
        <source>Draft %1 is pending.</source>
        <translation>ドラフト %1 が保留中です。</translation>
    </message>
    <message>
        <source>No draft is pending.</source>
        <translation>保留中のドラフトはありません。</translation>
    </message>
    <message>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message numerus="yes">
        <source>The simulator&apos;s clock moved %n second(s) forward.</source>
        <translation>
            <numerusform>シミュレーターの時計を %n 秒進めました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The class could not be written to %1: %2</source>
        <translation>クラスを %1 に書き出せませんでした：%2</translation>
    </message>
    <message>
        <source>The class is in %1.</source>
        <translation>クラスを %1 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>CtlRunbook</name>
    <message>
        <source>Sync is not enabled or paused: there is nothing to terminate.</source>
        <translation>Sync は有効でも一時停止中でもありません。終了するものはありません。</translation>
    </message>
    <message>
        <source>A draft is pending: deploy it (deploy) or discard it (discard) first.</source>
        <translation>保留中のドラフトがあります。先にデプロイ（deploy）するか破棄（discard）してください。</translation>
    </message>
    <message>
        <source>Nothing was changed: confirm with --yes when no one is at a terminal.</source>
        <translation>何も変更されていません。端末に誰もいない場合は --yes で確認してください。</translation>
    </message>
    <message>
        <source>1. Before: %1</source>
        <translation>1. 実行前: %1</translation>
    </message>
    <message numerus="yes">
        <source>2. Sync is terminated; waiting %n second(s) before enabling it again.</source>
        <translation>
            <numerusform>2. Sync を終了しました。再有効化まで %n 秒待ちます。</numerusform>
        </translation>
    </message>
    <message>
        <source>3. Enabling Sync again with the saved configuration.</source>
        <translation>3. 保存された構成で Sync を再び有効にします。</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>残り %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>4. After: no client has come back yet.</source>
        <translation>4. 実行後: まだクライアントは戻っていません。</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>レポートを %1 に書き出せませんでした: %2</translation>
    </message>
    <message>
        <source>4. After: %1</source>
        <translation>4. 実行後: %1</translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Review &amp; Deploy Changes</source>
        <translation>変更を確認してデプロイ</translation>
    </message>
    <message>
        <source>Review &amp; Discard Changes</source>
        <translation>変更を確認して破棄</translation>
    </message>
    <message>
        <source>Application</source>
        <comment>diff section heading</comment>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Changes to deploy</source>
        <translation>デプロイする変更</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The draft holds no changes yet.</source>
        <translation>ドラフトにはまだ変更がありません。</translation>
    </message>
    <message>
        <source>Loading the changes…</source>
        <translation>変更を読み込んでいます…</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>デプロイ中…</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>破棄中…</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <comment>button: deploy the draft</comment>
        <translation>デプロイ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <comment>button: discard the draft</comment>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Deployment Draft</source>
        <translation>デプロイのドラフト</translation>
    </message>
    <message>
        <source>Set a deployment name</source>
        <translation>デプロイ名を設定</translation>
    </message>
    <message>
        <source>Deployment name</source>
        <translation>デプロイ名</translation>
    </message>
    <message>
        <source>&amp;Export State</source>
        <translation>状態をエクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Disca&amp;rd Draft</source>
        <translation>ドラフトを破棄(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DeploymentFlow</name>
    <message>
        <source>Deploying the draft was interrupted.</source>
        <translation>ドラフトのデプロイが中断されました。</translation>
    </message>
    <message>
        <source>Redeploying was interrupted.</source>
        <translation>再デプロイが中断されました。</translation>
    </message>
    <message>
        <source>looking for the deployment the redeploy started</source>
        <translation>再デプロイで開始されたデプロイを探しています</translation>
    </message>
    <message>
        <source>the service accepted the redeploy but lists no new deployment</source>
        <translation>サービスは再デプロイを受け付けましたが、新しいデプロイが一覧にありません</translation>
    </message>
    <message>
        <source>following deployment %1</source>
        <translation>デプロイ %1 を追跡中</translation>
    </message>
</context>
<context>
    <name>DeploymentHistoryModel</name>
    <message>
        <source>Draft (not deployed)</source>
        <translation>ドラフト（未デプロイ）</translation>
    </message>
    <message>
        <source>pending changes</source>
        <translation>保留中の変更</translation>
    </message>
    <message>
        <source>Deployed At</source>
        <comment>deployment history column: date and time</comment>
        <translation>デプロイ日時</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>deployment history column: deployment name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Origin</source>
        <comment>deployment history column: where the deployment came from</comment>
        <translation>デプロイ元</translation>
    </message>
    <message>
        <source>User</source>
        <comment>deployment history column: who deployed</comment>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>deployment history column: deployment status</comment>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>deployment history column: the error message</comment>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>DeploymentsPage</name>
    <message>
        <source>Redeploy</source>
        <comment>button: deploy an earlier deployment again</comment>
        <translation>再デプロイ</translation>
    </message>
    <message>
        <source>Deployment History</source>
        <translation>デプロイ履歴</translation>
    </message>
    <message>
        <source>Deploy the selected deployment&apos;s configuration again</source>
        <translation>選択したデプロイの構成をもう一度デプロイ</translation>
    </message>
    <message>
        <source>Deployments</source>
        <comment>page title</comment>
        <translation>デプロイ</translation>
    </message>
</context>
<context>
    <name>DeviceSyncPage</name>
    <message>
        <source>Dashboard</source>
        <comment>Device Sync tab</comment>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Configuration</source>
        <comment>Device Sync tab</comment>
        <translation>構成</translation>
    </message>
    <message>
        <source>Device Sync</source>
        <comment>page title</comment>
        <translation>Device Sync</translation>
    </message>
    <message>
        <source>Latest Sync Event</source>
        <translation>最新の同期イベント</translation>
    </message>
    <message>
        <source>Last Cluster Event Processed</source>
        <translation>最後に処理したクラスターイベント</translation>
    </message>
    <message>
        <source>Lag</source>
        <comment>header metric: replication lag of Device Sync</comment>
        <translation>ラグ</translation>
    </message>
    <message numerus="yes">
        <source>%n sec</source>
        <comment>sync lag</comment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause Sync</source>
        <translation>同期を一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume Sync</source>
        <translation>同期を再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Enable Sync</source>
        <translation>同期を有効化(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Terminate Sync</source>
        <translation>同期を終了(&amp;T)</translation>
    </message>
    <message>
        <source>Sync Paused Since</source>
        <translation>同期の一時停止開始</translation>
    </message>
</context>
<context>
    <name>DraftBar</name>
    <message>
        <source>Draft pending</source>
        <translation>保留中のドラフト</translation>
    </message>
    <message>
        <source>Changes have been made to your app since the last deploy.</source>
        <translation>前回のデプロイ以降、アプリに変更が加えられています。</translation>
    </message>
    <message>
        <source>REVIEW &amp;&amp; &amp;DEPLOY</source>
        <translation>確認してデプロイ(&amp;D)</translation>
    </message>
    <message>
        <source>REVIEW &amp;&amp; D&amp;ISCARD</source>
        <translation>確認して破棄(&amp;I)</translation>
    </message>
    <message>
        <source>Changes have been made to your Realm app since the last deploy.</source>
        <comment>the admin UI&apos;s wording of 2021, for the reference figures</comment>
        <translation>前回のデプロイ以降、Realm アプリに変更が加えられています。</translation>
    </message>
    <message>
        <source>REVIEW DRAFT &amp;&amp; &amp;DEPLOY</source>
        <translation>ドラフトを確認してデプロイ(&amp;D)</translation>
    </message>
</context>
<context>
    <name>EnableSyncForm</name>
    <message>
        <source>Select Cluster To Sync</source>
        <translation>同期するクラスターを選択</translation>
    </message>
    <message>
        <source>Choose A Partition Key</source>
        <translation>パーティションキーを選択</translation>
    </message>
    <message>
        <source>Define Permissions</source>
        <translation>権限を定義</translation>
    </message>
    <message>
        <source>Required</source>
        <comment>marker beside a required field</comment>
        <translation>必須</translation>
    </message>
    <message>
        <source>All data from configured collections in this cluster will be synced. Selecting a new cluster to sync restarts the syncing process. Sync requires that your Atlas cluster is using MongoDB version 4.4.</source>
        <translation>このクラスターで構成されたコレクションのデータはすべて同期されます。同期する新しいクラスターを選択すると、同期処理が最初からやり直されます。同期には Atlas クラスターが MongoDB バージョン 4.4 を使用している必要があります。</translation>
    </message>
    <message>
        <source>Cluster to sync</source>
        <translation>同期するクラスター</translation>
    </message>
    <message>
        <source>Flexible</source>
        <comment>sync type</comment>
        <translation>フレキシブル</translation>
    </message>
    <message>
        <source>Partition Based</source>
        <comment>sync type</comment>
        <translation>パーティションベース</translation>
    </message>
    <message>
        <source>e.g. todo</source>
        <translation>例: todo</translation>
    </message>
    <message>
        <source>comma-separated, e.g. owner_id, team</source>
        <translation>カンマ区切り（例: owner_id, team）</translation>
    </message>
    <message>
        <source>e.g. _partition</source>
        <translation>例: _partition</translation>
    </message>
    <message>
        <source>Sync type</source>
        <translation>同期タイプ</translation>
    </message>
    <message>
        <source>Database</source>
        <comment>form label: the linked database</comment>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Queryable fields</source>
        <translation>クエリ可能なフィールド</translation>
    </message>
    <message>
        <source>Partition key</source>
        <translation>パーティションキー</translation>
    </message>
    <message>
        <source>Partition key type</source>
        <translation>パーティションキーの型</translation>
    </message>
    <message>
        <source>Permissions (JSON)</source>
        <translation>権限（JSON）</translation>
    </message>
    <message>
        <source>Select a Cluster</source>
        <translation>クラスターを選択</translation>
    </message>
    <message>
        <source>%1 Enter the configuration in the steps above.</source>
        <translation>%1 上のステップで構成を入力してください。</translation>
    </message>
    <message>
        <source>Choose Queryable Fields</source>
        <translation>クエリ可能なフィールドを選択</translation>
    </message>
    <message>
        <source>The permissions must be a JSON object.</source>
        <translation>権限は JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>&amp;Enable Sync</source>
        <translation>同期を有効化(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Restore the configuration in force before Sync was terminated (saved %1)</source>
        <translation>同期を終了する前の構成を復元する（%1 に保存）(&amp;R)</translation>
    </message>
</context>
<context>
    <name>GuideChecklist</name>
    <message>
        <source>Before you terminate Sync</source>
        <translation>同期を終了する前に</translation>
    </message>
    <message>
        <source>✓ Sync Console saves the current sync configuration before it terminates Sync, so that you can restore it when you re-enable Sync.</source>
        <translation>✓ Sync Console は同期を終了する前に現在の同期構成を保存するため、同期を再度有効にするときに復元できます。</translation>
    </message>
    <message>
        <source>Why is Sync being terminated?</source>
        <translation>同期を終了する理由は？</translation>
    </message>
    <message>
        <source>Reason to terminate Sync</source>
        <translation>同期を終了する理由</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>理由を選択…</translation>
    </message>
    <message>
        <source>Upgrade from a shared-tier cluster to a dedicated cluster</source>
        <translation>共有ティアのクラスターから専用クラスターへのアップグレード</translation>
    </message>
    <message>
        <source>Move the cluster to another region or cloud provider</source>
        <translation>クラスターを別のリージョンまたはクラウドプロバイダーに移動</translation>
    </message>
    <message>
        <source>Upgrade the cluster to NVMe storage</source>
        <translation>クラスターの NVMe ストレージへのアップグレード</translation>
    </message>
    <message>
        <source>The oplog rolled over while Sync was paused</source>
        <translation>同期の一時停止中に oplog がロールオーバーした</translation>
    </message>
    <message>
        <source>Sync paused itself on an idle shared-tier cluster</source>
        <translation>アイドル状態の共有ティアクラスターで同期が自動的に一時停止した</translation>
    </message>
    <message>
        <source>Troubleshooting at MongoDB support&apos;s request</source>
        <translation>MongoDB サポートの依頼によるトラブルシューティング</translation>
    </message>
    <message>
        <source>Switch between Partition-Based and Flexible Sync</source>
        <translation>パーティションベース同期とフレキシブル同期の切り替え</translation>
    </message>
    <message>
        <source>A change that needs Sync off (a dropped synced collection, the indexed queryable field, data ingest collections)</source>
        <translation>同期をオフにする必要がある変更（同期中のコレクションの削除、インデックス付きクエリ可能フィールド、データ取り込みコレクション）</translation>
    </message>
    <message>
        <source>• The console cannot list the devices of an App Services app: check the Sync logs for the clients that synced recently.</source>
        <translation>• コンソールは App Services アプリのデバイスを一覧表示できません。最近同期したクライアントは同期ログで確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>• %n device(s) connected now.</source>
        <translation>
            <numerusform>• 現在 %n 台のデバイスが接続しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) hold unsynced changes.</source>
        <translation>
            <numerusform>%n 台のデバイスに同期されていない変更があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) will need a client reset.</source>
        <translation>
            <numerusform>%n 台のデバイスでクライアントリセットが必要になります。</numerusform>
        </translation>
    </message>
    <message>
        <source>• Client recovery is on: devices in a recover mode keep their unsynced changes through the reset.</source>
        <translation>• クライアントの回復がオンです。回復モードのデバイスはリセット後も同期されていない変更を保持します。</translation>
    </message>
    <message>
        <source>• Client recovery is off (is_recovery_mode_disabled): devices lose their unsynced changes, or wait in error for their app to reset them.</source>
        <translation>• クライアントの回復はオフです（is_recovery_mode_disabled）。デバイスは同期されていない変更を失うか、アプリがリセットするまでエラーで待機します。</translation>
    </message>
    <message>
        <source>• No device is connected: Sync is paused.</source>
        <translation>• 接続中のデバイスはありません: 同期は一時停止中です。</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Guide</source>
        <comment>side panel title</comment>
        <translation>ガイド</translation>
    </message>
    <message>
        <source>Procedure</source>
        <comment>label of the procedure chooser</comment>
        <translation>手順</translation>
    </message>
    <message>
        <source>Procedure to guide</source>
        <translation>ガイドする手順</translation>
    </message>
    <message>
        <source>Support recommends waiting ten minutes after Sync was terminated before you enable it again: the service needs the time to clean up the sync metadata, and the clients to disconnect. Re-enabling sooner can leave devices unable to reset.</source>
        <translation>サポートは、同期の終了後、再度有効にするまで 10 分待つことを推奨しています。サービスが同期メタデータを削除し、クライアントが切断するための時間が必要です。早く再有効化すると、デバイスがリセットできなくなることがあります。</translation>
    </message>
    <message>
        <source>Go on without waiting the full ten minutes</source>
        <translation>10 分待たずに続行</translation>
    </message>
    <message>
        <source>Follow the procedure again from its first step</source>
        <translation>手順を最初のステップからもう一度たどる</translation>
    </message>
    <message>
        <source>Copy the steps, with what is done ticked, as text and Markdown</source>
        <translation>完了したものにチェックを付けて、ステップをテキストと Markdown でコピー</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>stage number, stage title</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>次: %1。</translation>
    </message>
    <message>
        <source>Done: every step of this procedure is done.</source>
        <translation>完了: この手順のすべてのステップが完了しました。</translation>
    </message>
    <message>
        <source>%1:%2 before you re-enable Sync</source>
        <comment>minutes:seconds</comment>
        <translation>同期の再有効化まであと %1:%2</translation>
    </message>
    <message>
        <source>Clients since Sync was re-enabled: %1 reconnected, %2 reset, %3 recovered their changes, %4 lost them, %5 waiting in error, %6 not back yet.</source>
        <translation>同期の再有効化以降のクライアント: 再接続 %1、リセット %2、変更を回復 %3、変更を喪失 %4、エラーで待機中 %5、未復帰 %6。</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>ガイド(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <comment>Show the Guide panel</comment>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>heading: explanation</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>レポートをエクスポート…</translation>
    </message>
    <message>
        <source>Save the procedure report of this runbook, as Markdown or PDF, for the change ticket</source>
        <translation>この Runbook の手順レポートを、変更チケット用に Markdown または PDF で保存します</translation>
    </message>
    <message>
        <source>Skip the &amp;Wait</source>
        <translation>待機をスキップ(&amp;W)</translation>
    </message>
    <message>
        <source>Start &amp;Over</source>
        <translation>最初からやり直す(&amp;O)</translation>
    </message>
    <message>
        <source>Cop&amp;y Steps</source>
        <translation>ステップをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>It is on the %1 tab.</source>
        <translation>「%1」タブにあります。</translation>
    </message>
</context>
<context>
    <name>GuideStepRow</name>
    <message>
        <source>Current step: %1</source>
        <translation>現在のステップ: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>%1 (time moved)</source>
        <comment>a wait ended by moving the simulator&apos;s clock</comment>
        <translation>%1（時計を進めた）</translation>
    </message>
</context>
<context>
    <name>GuideText</name>
    <message>
        <source>App: %1 (%2). Cluster: %3. Service: %4.</source>
        <translation>アプリ: %1（%2）。クラスター: %3。サービス: %4。</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>理由: %1。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>stage number, stage title</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <comment>a step not done, or not needed</comment>
        <translation>%1（スキップ）</translation>
    </message>
    <message>
        <source>**App:** %1 (`%2`) · **Cluster:** %3 · **Service:** %4</source>
        <translation>**アプリ:** %1（`%2`）· **クラスター:** %3 · **サービス:** %4</translation>
    </message>
    <message>
        <source>**Reason:** %1</source>
        <translation>**理由:** %1</translation>
    </message>
    <message>
        <source>~~%1~~ (skipped)</source>
        <comment>a step not done, or not needed</comment>
        <translation>~~%1~~（スキップ）</translation>
    </message>
    <message>
        <source>%1 (time moved)</source>
        <comment>a wait ended by moving the simulator&apos;s clock</comment>
        <translation>%1（時計を進めた）</translation>
    </message>
</context>
<context>
    <name>GuideTitleBar</name>
    <message>
        <source>Undock the Guide or dock it again</source>
        <translation>ガイドを切り離す、または再びドッキングします</translation>
    </message>
    <message>
        <source>Float the Guide</source>
        <translation>ガイドを切り離す</translation>
    </message>
    <message>
        <source>Close the Guide (Ctrl+G shows it again)</source>
        <translation>ガイドを閉じる (Ctrl+G で再び表示)</translation>
    </message>
    <message>
        <source>Close the Guide</source>
        <translation>ガイドを閉じる</translation>
    </message>
</context>
<context>
    <name>GuideTracker</name>
    <message>
        <source>Enable Sync was used before the terminate draft was deployed. The draft now re-enables Sync instead of terminating it, so the sync metadata would be kept and the clients would not reset. Discard the draft with REVIEW &amp; DISCARD, then start again from Terminate Sync.</source>
        <translation>終了のドラフトをデプロイする前に［同期を有効化］が使われました。ドラフトは同期を終了するのではなく再度有効にする内容になったため、同期メタデータは残り、クライアントはリセットされません。［確認して破棄］でドラフトを破棄し、［同期を終了］からやり直してください。</translation>
    </message>
    <message>
        <source>Sync is still running: the terminate never took effect on its own (its draft was discarded, deployed together with the re-enable, or refused). Start again from Terminate Sync.</source>
        <translation>同期はまだ実行中です。終了は反映されませんでした（ドラフトが破棄された、再有効化と一緒にデプロイされた、または拒否された）。［同期を終了］からやり直してください。</translation>
    </message>
    <message>
        <source>The deployment failed: %1 Fix what the message says, then deploy again.</source>
        <translation>デプロイに失敗しました: %1 メッセージの内容を修正してから、もう一度デプロイしてください。</translation>
    </message>
    <message>
        <source>The service refused to resume Sync: %1 This is what the runbook expects after an oplog rollover. Go on with Terminate Sync.</source>
        <translation>サービスは同期の再開を拒否しました: %1 oplog のロールオーバー後はこれが手順書どおりの結果です。［同期を終了］に進んでください。</translation>
    </message>
    <message>
        <source>The service refused to resume Sync: %1 The oplog no longer reaches back to when Sync was paused, so the guide now follows “Recover from an oplog rollover”: terminate Sync, then enable it again.</source>
        <translation>サービスは同期の再開を拒否しました: %1 oplog は同期を一時停止した時点までさかのぼれないため、ガイドは「oplog のロールオーバーから回復」に切り替わりました。同期を終了してから、再び有効にしてください。</translation>
    </message>
    <message>
        <source>Clients that had not disconnected yet may not reset cleanly: watch the Client recovery panel for devices waiting in error.</source>
        <translation>まだ切断していなかったクライアントは正しくリセットされない可能性があります。クライアントの回復パネルでエラーで待機中のデバイスを確認してください。</translation>
    </message>
    <message>
        <source>Sync was re-enabled before the ten-minute wait support recommends had begun.</source>
        <translation>サポートが推奨する 10 分間の待機が始まる前に同期が再度有効化されました。</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync was re-enabled only %1 after the terminate took effect, before the ten minutes support recommends were over.</source>
        <translation>終了が反映されてからわずか %1 後に同期が再度有効化されました。サポートが推奨する 10 分はまだ経過していませんでした。</translation>
    </message>
    <message>
        <source>The deployment failed: %1 The terminate did not reach the server, so Sync is still running and nothing changed. Start again from Terminate Sync, and deploy once what the message says is fixed.</source>
        <translation>デプロイに失敗しました: %1 終了はサーバーに届かなかったため、同期はまだ実行中で、何も変わっていません。［同期を終了］からやり直し、メッセージの内容を修正してからデプロイしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>Time moved: the simulator&apos;s clock was moved on by %1, so the ten minutes have gone by on the server&apos;s clock. Nothing was skipped.</source>
        <translation>時計を進めました: シミュレーターの時計を %1 進めたので、サーバーの時計で 10 分が経過しました。スキップしたものはありません。</translation>
    </message>
    <message>
        <source>That did not go through: %1 Do it again from “%2”.</source>
        <translation>これは完了しませんでした：%1 手順「%2」からやり直してください。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No keychain service is running (%1). The private key is not saved; Sync Console asks for it each session and never writes it to disk.</source>
        <translation>キーチェーンサービスが実行されていません（%1）。秘密鍵は保存されません。Sync Console はセッションごとに入力を求め、ディスクには書き込みません。</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>キーチェーンが拒否しました: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Copied as curl, with placeholders for the token and keys.</source>
        <translation>トークンとキーをプレースホルダーにして curl としてコピーしました。</translation>
    </message>
    <message>
        <source>Exported the activity to %1.</source>
        <translation>アクティビティを %1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <comment>Connect</comment>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Switch &amp;App…</source>
        <translation>アプリを切り替え(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Deployment failed: %1</source>
        <translation>デプロイに失敗しました: %1</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>サーバーは理由を示しませんでした</translation>
    </message>
    <message>
        <source>Sync Console</source>
        <translation>Sync Console</translation>
    </message>
    <message>
        <source>%1 – Sync – Sync Console</source>
        <translation>%1 – 同期 – Sync Console</translation>
    </message>
    <message>
        <source>Copied the correlation ID.</source>
        <translation>相関 ID をコピーしました。</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Signed out. Use Connection ▸ Connect… to sign in again.</source>
        <translation>サインアウトしました。もう一度サインインするには［接続］▸［接続…］を使ってください。</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <comment>Presenter Mode</comment>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Scale the window and its dialogs for a projector</source>
        <translation>プロジェクター向けにウィンドウとダイアログを拡大します</translation>
    </message>
    <message>
        <source>Presenter &amp;Size</source>
        <translation>プレゼンテーションのサイズ(&amp;S)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>presenter mode scale</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Export Procedure &amp;Report…</source>
        <translation>手順レポートをエクスポート(&amp;R)…</translation>
    </message>
    <message>
        <source>Save what happened on this app since the console opened it, for a change ticket</source>
        <translation>コンソールがこのアプリを開いてから起きたことを、変更チケット用に保存します</translation>
    </message>
    <message>
        <source>Exported the procedure report to %1.</source>
        <translation>手順レポートを %1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Export the app&apos;s state</source>
        <translation>アプリの状態をエクスポート</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>The state could not be exported: %1</source>
        <translation>状態をエクスポートできませんでした: %1</translation>
    </message>
    <message>
        <source>The state was exported to %1.</source>
        <translation>状態を %1 にエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>%1: the charts could not be loaded (%2).</source>
        <translation>%1: グラフを読み込めませんでした（%2）。</translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <source>Realm Apps</source>
        <translation>Realm アプリ</translation>
    </message>
    <message>
        <source>The app picker opens from the connection dialog.</source>
        <translation>アプリの選択は接続ダイアログから開きます。</translation>
    </message>
    <message>
        <source>Copy the client app id</source>
        <translation>クライアントアプリ ID をコピー</translation>
    </message>
    <message>
        <source>Not managed by Sync Console</source>
        <translation>Sync Console では管理していません</translation>
    </message>
    <message>
        <source>DATA ACCESS</source>
        <comment>navigation section heading</comment>
        <translation>データアクセス</translation>
    </message>
    <message>
        <source>Rules</source>
        <comment>navigation entry: data access rules</comment>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Schema</source>
        <comment>navigation entry</comment>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>App Users</source>
        <translation>アプリユーザー</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>BUILD</source>
        <comment>navigation section heading</comment>
        <translation>ビルド</translation>
    </message>
    <message>
        <source>SDKs</source>
        <translation>SDK</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>navigation entry: Device Sync page</comment>
        <translation>同期</translation>
    </message>
    <message>
        <source>GraphQL</source>
        <translation>GraphQL</translation>
    </message>
    <message>
        <source>Functions</source>
        <comment>navigation entry</comment>
        <translation>関数</translation>
    </message>
    <message>
        <source>Triggers</source>
        <comment>navigation entry</comment>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>3rd Party Services</source>
        <translation>サードパーティサービス</translation>
    </message>
    <message>
        <source>Values</source>
        <comment>navigation entry: App Services values and secrets</comment>
        <translation>値</translation>
    </message>
    <message>
        <source>MANAGE</source>
        <comment>navigation section heading</comment>
        <translation>管理</translation>
    </message>
    <message>
        <source>Linked Data Sources</source>
        <translation>リンク済みデータソース</translation>
    </message>
    <message>
        <source>Deploy</source>
        <comment>navigation entry: deployment pages</comment>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Hosting</source>
        <comment>navigation entry: static hosting</comment>
        <translation>ホスティング</translation>
    </message>
    <message>
        <source>Logs</source>
        <comment>navigation entry</comment>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Activity</source>
        <comment>navigation entry: REST calls made</comment>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>App Settings</source>
        <translation>アプリの設定</translation>
    </message>
    <message>
        <source>Push Notifications</source>
        <translation>プッシュ通知</translation>
    </message>
    <message>
        <source>Not available on this connection</source>
        <translation>この接続では利用できません</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>NO ENVIRONMENT</source>
        <translation>環境なし</translation>
    </message>
    <message>
        <source>DEVELOPMENT</source>
        <comment>app environment tag</comment>
        <translation>開発</translation>
    </message>
    <message>
        <source>TESTING</source>
        <comment>app environment tag</comment>
        <translation>テスト</translation>
    </message>
    <message>
        <source>QA</source>
        <comment>app environment tag</comment>
        <translation>QA</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <comment>app environment tag</comment>
        <translation>本番</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause Sync</source>
        <translation>同期を一時停止</translation>
    </message>
    <message>
        <source>Are you sure you want to pause sync for &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; の同期を一時停止してもよろしいですか？</translation>
    </message>
    <message>
        <source>Pausing sync will stop syncing changes between Atlas and your application, and any pending changes from your application will be lost.</source>
        <translation>同期を一時停止すると Atlas とアプリケーション間の変更の同期が止まり、アプリケーションの保留中の変更はすべて失われます。</translation>
    </message>
    <message>
        <source>You may need to re-enable sync if your oplog rolls past the time that you paused Sync.</source>
        <translation>同期を一時停止した時点を oplog が越えてロールオーバーした場合は、同期を再度有効にする必要があります。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Pause Sync</source>
        <translation>同期を一時停止(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ProcedureReport</name>
    <message>
        <source>Procedure report: terminate and re-enable Sync</source>
        <translation>手順レポート: Sync の終了と再有効化</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>接続先</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>待ち時間</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Client resets, before</source>
        <translation>クライアントリセット（実行前）</translation>
    </message>
    <message>
        <source>Configuration before (the snapshot)</source>
        <translation>実行前の構成（スナップショット）</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Configuration after</source>
        <translation>実行後の構成</translation>
    </message>
    <message>
        <source>Client resets, after</source>
        <translation>クライアントリセット（実行後）</translation>
    </message>
    <message>
        <source>Log errors seen</source>
        <translation>確認されたログのエラー</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API 呼び出し</translation>
    </message>
    <message>
        <source>Procedure report: Sync since %1</source>
        <translation>手順レポート: %1 以降の Sync</translation>
    </message>
    <message>
        <source>%1 (user %2 of the Admin API)</source>
        <translation>%1（Admin API のユーザー %2）</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no wait in this report</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>No preview was made.</source>
        <translation>プレビューは作成されていません。</translation>
    </message>
    <message>
        <source>No snapshot was saved.</source>
        <translation>スナップショットは保存されていません。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 に保存。</translation>
    </message>
    <message>
        <source>No client has come back yet.</source>
        <translation>まだ戻ったクライアントはありません。</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>%1 reconnected, %2 reset, %3 recovered their changes, %4 discarded them, %5 wait in error, %6 not back yet.</source>
        <translation>再接続 %1、リセット %2、変更を復元 %3、変更を破棄 %4、エラーで待機中 %5、未復帰 %6。</translation>
    </message>
    <message>
        <source>The logs could not be read: %1</source>
        <translation>ログを読み取れませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>More errors were logged; the last %n are listed.</source>
        <translation>
            <numerusform>さらに多くのエラーが記録されています。最新の %n 件を示します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: reset (error %2), %3 with %n change(s)</source>
        <translation>
            <numerusform>%1: リセット（エラー %2）、%3、変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting in error</source>
        <translation>エラーで待機中</translation>
    </message>
    <message>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>no client reset</source>
        <translation>クライアントリセットなし</translation>
    </message>
    <message>
        <source>Only the simulator lists devices; against a real service the tally above is counted from the logs.</source>
        <translation>デバイスを一覧できるのはシミュレーターだけです。実際のサービスでは、上の集計はログから数えています。</translation>
    </message>
    <message>
        <source>a PDF needs the program&apos;s fonts (no QGuiApplication)</source>
        <translation>PDF にはプログラムのフォントが必要です（QGuiApplication がありません）</translation>
    </message>
</context>
<context>
    <name>Procedures</name>
    <message>
        <source>Wait ten minutes: the service cleans up the sync metadata and the clients disconnect</source>
        <translation>10 分待つ: サービスが同期メタデータを削除し、クライアントが切断します</translation>
    </message>
    <message>
        <source>Watch the Client recovery panel until every device is back</source>
        <translation>すべてのデバイスが戻るまでクライアントの回復パネルを見守る</translation>
    </message>
    <message>
        <source>Click Terminate Sync</source>
        <translation>［同期を終了］をクリック</translation>
    </message>
    <message>
        <source>Confirm that you want to terminate Sync</source>
        <translation>同期を終了することを確認する</translation>
    </message>
    <message>
        <source>Click Terminate Sync in the dialog</source>
        <translation>ダイアログで［同期を終了］をクリック</translation>
    </message>
    <message>
        <source>Click Pause Sync</source>
        <translation>［同期を一時停止］をクリック</translation>
    </message>
    <message>
        <source>Confirm with Pause Sync</source>
        <translation>［同期を一時停止］で確定</translation>
    </message>
    <message>
        <source>Click Resume Sync</source>
        <translation>［同期を再開］をクリック</translation>
    </message>
    <message>
        <source>Confirm with Resume Sync</source>
        <translation>［同期を再開］で確定</translation>
    </message>
    <message>
        <source>Restore the configuration saved before terminating</source>
        <translation>終了前に保存した構成を復元する</translation>
    </message>
    <message>
        <source>Click Enable Sync</source>
        <translation>［同期を有効化］をクリック</translation>
    </message>
    <message>
        <source>Click REVIEW &amp; DISCARD</source>
        <translation>［確認して破棄］をクリック</translation>
    </message>
    <message>
        <source>Review the changes, then click Discard</source>
        <translation>変更を確認して［破棄］をクリック</translation>
    </message>
    <message>
        <source>Open Deploy in the left navigation</source>
        <translation>左のナビゲーションで［デプロイ］を開く</translation>
    </message>
    <message>
        <source>Select the deployment whose configuration you want back</source>
        <translation>戻したい構成のデプロイを選択する</translation>
    </message>
    <message>
        <source>Click Redeploy</source>
        <translation>［再デプロイ］をクリック</translation>
    </message>
    <message>
        <source>Confirm with Redeploy</source>
        <translation>［再デプロイ］で確定</translation>
    </message>
    <message>
        <source>The deployment&apos;s result</source>
        <translation>デプロイの結果</translation>
    </message>
    <message>
        <source>Click REVIEW &amp; DEPLOY</source>
        <translation>［確認してデプロイ］をクリック</translation>
    </message>
    <message>
        <source>Review the changes, then click Deploy</source>
        <translation>変更を確認して［デプロイ］をクリック</translation>
    </message>
    <message>
        <source>Sign in again: type the private API key, then click Sign In</source>
        <translation>もう一度サインイン：秘密 API キーを入力して［サインイン］をクリック</translation>
    </message>
    <message>
        <source>Close this dialog: the change it was opened to review did not go through</source>
        <translation>このダイアログを閉じる：確認するはずだった変更は反映されませんでした</translation>
    </message>
</context>
<context>
    <name>RedeployDialog</name>
    <message>
        <source>Redeploy</source>
        <comment>button: deploy an earlier deployment again</comment>
        <translation>再デプロイ</translation>
    </message>
    <message>
        <source>Deploy the configuration of &lt;b&gt;%1&lt;/b&gt; again? It replaces what is deployed now, sync settings included.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; の構成をもう一度デプロイしますか？ 同期の設定も含め、現在デプロイされている内容が置き換えられます。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Redeploy</source>
        <comment>button: deploy an earlier deployment again</comment>
        <translation>再デプロイ(&amp;R)</translation>
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
        <translation>手順レポートのエクスポート</translation>
    </message>
    <message>
        <source>procedure-report</source>
        <comment>file name, without its extension</comment>
        <translation>procedure-report</translation>
    </message>
    <message>
        <source>The procedure report could not be written to %1: %2</source>
        <translation>手順レポートを %1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>%1 Deployment was successful!</source>
        <translation>%1 デプロイに成功しました！</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;Deployment was successful!&lt;/b&gt;</source>
        <comment>mid-2021&apos;s banner (a training figure): the message bold after the time</comment>
        <translation>%1 &lt;b&gt;デプロイに成功しました！&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume Sync</source>
        <translation>同期を再開</translation>
    </message>
    <message>
        <source>Resume sync for &lt;b&gt;%1&lt;/b&gt;? Devices reconnect and sync the changes made while Sync was paused.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; の同期を再開しますか？ デバイスは再接続し、一時停止中に行われた変更を同期します。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Resume Sync</source>
        <translation>同期を再開(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ResumeRefusedDialog</name>
    <message>
        <source>Sync cannot be resumed</source>
        <translation>同期を再開できません</translation>
    </message>
    <message>
        <source>The cluster&apos;s oplog no longer reaches back to the moment Sync was paused, so Sync cannot pick up where it stopped. Terminate Sync and enable it again: the configuration is kept in this console and offered back, and every device performs a client reset.</source>
        <translation>クラスターの oplog は同期を一時停止した時点までさかのぼれないため、同期は中断した所から再開できません。同期を終了して再度有効にしてください。構成はこのコンソールに保存されて再び提示され、すべてのデバイスがクライアントリセットを行います。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;Terminate Sync…</source>
        <translation>同期を終了(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>Runbooks</name>
    <message>
        <source>Deploy the draft</source>
        <translation>ドラフトをデプロイする</translation>
    </message>
    <message>
        <source>Wait ten minutes before re-enabling Sync</source>
        <translation>同期を再度有効にする前に 10 分待つ</translation>
    </message>
    <message>
        <source>Watch the clients come back</source>
        <translation>クライアントが戻るのを見守る</translation>
    </message>
    <message>
        <source>Terminate Sync</source>
        <translation>同期を終了</translation>
    </message>
    <message>
        <source>Re-enable Sync from the saved configuration</source>
        <translation>保存した構成から同期を再度有効にする</translation>
    </message>
    <message>
        <source>Terminate and re-enable Sync</source>
        <translation>同期を終了して再度有効にする</translation>
    </message>
    <message>
        <source>Recover from an oplog rollover</source>
        <translation>oplog のロールオーバーから回復</translation>
    </message>
    <message>
        <source>Try to resume Sync (the service refuses)</source>
        <translation>同期の再開を試す（サービスが拒否）</translation>
    </message>
    <message>
        <source>Pause Sync</source>
        <translation>同期を一時停止</translation>
    </message>
    <message>
        <source>Resume Sync</source>
        <translation>同期を再開</translation>
    </message>
    <message>
        <source>Re-enable Sync</source>
        <translation>同期を再度有効化</translation>
    </message>
    <message>
        <source>Discard a draft</source>
        <translation>ドラフトを破棄する</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>ドラフトを破棄する</translation>
    </message>
    <message>
        <source>Redeploy a past deployment</source>
        <translation>過去のデプロイを再デプロイする</translation>
    </message>
    <message>
        <source>Redeploy a past deployment&apos;s configuration</source>
        <translation>過去のデプロイの構成を再デプロイする</translation>
    </message>
</context>
<context>
    <name>ScenarioBriefingDialog</name>
    <message>
        <source>Scenario Briefing</source>
        <translation>シナリオの説明</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>何が起きたか</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>すべきこと</translation>
    </message>
    <message>
        <source>What success looks like</source>
        <translation>成功の目安</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ScenarioMenu</name>
    <message>
        <source>&amp;Scenario</source>
        <translation>シナリオ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset Scenario</source>
        <translation>シナリオをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Put the simulator back where the scenario started.</source>
        <translation>シミュレーターをシナリオ開始時の状態に戻します。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <comment>Reset Scenario</comment>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Time…</source>
        <translation>時刻(&amp;T)…</translation>
    </message>
    <message>
        <source>See the simulator&apos;s clock and move it forward.</source>
        <translation>シミュレーターの時計を確認し、先に進めます。</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>A healthy Flexible Sync app</source>
        <translation>正常なフレキシブル同期アプリ</translation>
    </message>
    <message>
        <source>A healthy Flexible Sync app with drafts on (the default).</source>
        <translation>ドラフトが有効な正常なフレキシブル同期アプリ（既定）。</translation>
    </message>
    <message>
        <source>Nothing went wrong. TaskTracker syncs five devices with Flexible Sync; two of them were used offline and hold changes they have not uploaded yet.</source>
        <translation>問題は何も起きていません。TaskTracker は 5 台のデバイスをフレキシブル同期で同期しています。そのうち 2 台はオフラインで使われ、まだアップロードしていない変更を持っています。</translation>
    </message>
    <message>
        <source>Practise the documented procedure: Terminate Sync, review and deploy the draft, wait, then enable Sync again from the saved configuration and deploy.</source>
        <translation>ドキュメントの手順を練習します: 同期を終了し、ドラフトを確認してデプロイし、待ってから、保存した構成で同期を再度有効にしてデプロイします。</translation>
    </message>
    <message>
        <source>Sync is enabled again, the deployment history shows both deployments, and the client recovery panel counts the devices as they reset.</source>
        <translation>同期が再度有効になり、デプロイ履歴に両方のデプロイが表示され、クライアントの回復パネルがリセットされるデバイスを数えています。</translation>
    </message>
    <message>
        <source>The documented example (Partition-Based)</source>
        <translation>ドキュメントの例（パーティションベース）</translation>
    </message>
    <message>
        <source>A healthy Partition-Based Sync app with drafts on, as in the documented terminate procedure.</source>
        <translation>ドキュメントの終了手順と同じ、ドラフトが有効な正常なパーティションベース同期アプリ。</translation>
    </message>
    <message>
        <source>Nothing went wrong. ExampleApp syncs with Partition-Based Sync on ExampleCluster, exactly as in the figures of the documentation.</source>
        <translation>問題は何も起きていません。ExampleApp はドキュメントの図とまったく同じく、ExampleCluster 上でパーティションベース同期を行っています。</translation>
    </message>
    <message>
        <source>Follow the figures: Terminate Sync, confirm in the dialog, then Review &amp; Deploy and Deploy.</source>
        <translation>図に従います: 同期を終了し、ダイアログで確認してから、［確認してデプロイ］と［デプロイ］をクリックします。</translation>
    </message>
    <message>
        <source>The green banner says the deployment was successful and the Sync page offers Enable Sync.</source>
        <translation>緑のバナーにデプロイの成功が表示され、同期ページに［同期を有効化］が表示されます。</translation>
    </message>
    <message>
        <source>Shared-tier cluster upgraded to a dedicated one</source>
        <translation>共有ティアのクラスターを専用クラスターにアップグレード</translation>
    </message>
    <message>
        <source>Cluster0 was upgraded from the shared tier M2 to M10 this morning; Sync stopped and devices&apos; changes pile up.</source>
        <translation>Cluster0 は今朝、共有ティアの M2 から M10 にアップグレードされました。同期が止まり、デバイスの変更がたまっています。</translation>
    </message>
    <message>
        <source>This morning the team upgraded Cluster0 from the shared tier M2 to the dedicated tier M10. Since then Sync&apos;s translator cannot resume: the logs show ChangeStreamHistoryLost, the header metrics stopped at the upgrade, and no device&apos;s changes reach the cluster.</source>
        <translation>今朝、チームは Cluster0 を共有ティアの M2 から専用ティアの M10 にアップグレードしました。それ以来、同期のトランスレーターは再開できません。ログには ChangeStreamHistoryLost が表示され、ヘッダーの指標はアップグレード時点で止まり、デバイスの変更はクラスターに届いていません。</translation>
    </message>
    <message>
        <source>An upgrade from a shared tier needs Sync terminated and enabled again. Terminate Sync, review and deploy the draft, then enable Sync again from the saved configuration and deploy.</source>
        <translation>共有ティアからのアップグレードでは、同期を終了して再度有効にする必要があります。同期を終了し、ドラフトを確認してデプロイしてから、保存した構成で同期を再度有効にしてデプロイしてください。</translation>
    </message>
    <message>
        <source>Sync is enabled on the dedicated cluster, the header metrics move again, and every device resets once (error 208) and syncs; the Swift device recovers its seven changes.</source>
        <translation>専用クラスターで同期が有効になり、ヘッダーの指標が再び動き、各デバイスが 1 回リセット（エラー 208）されて同期します。Swift のデバイスは 7 件の変更を回復します。</translation>
    </message>
    <message>
        <source>Cluster moved to another region or cloud provider</source>
        <translation>クラスターを別のリージョンまたはクラウドプロバイダーに移動</translation>
    </message>
    <message>
        <source>ExampleCluster moved from AWS US_EAST_1 to GCP WESTERN_EUROPE two hours ago; Sync cannot resume its change stream.</source>
        <translation>ExampleCluster は 2 時間前に AWS US_EAST_1 から GCP WESTERN_EUROPE に移動されました。同期は変更ストリームを再開できません。</translation>
    </message>
    <message>
        <source>Two hours ago ExampleCluster was moved from AWS in US_EAST_1 to GCP in WESTERN_EUROPE. The moved cluster&apos;s oplog starts after Sync&apos;s resume point, so the translator stopped with ChangeStreamHistoryLost and nothing syncs.</source>
        <translation>2 時間前、ExampleCluster は AWS の US_EAST_1 から GCP の WESTERN_EUROPE に移動されました。移動後のクラスターの oplog は同期の再開ポイントより後から始まるため、トランスレーターは ChangeStreamHistoryLost で停止し、何も同期されていません。</translation>
    </message>
    <message>
        <source>A move across regions or cloud providers needs Sync terminated and enabled again. Terminate Sync, review and deploy the draft, then enable Sync again with the partition key _partition and deploy.</source>
        <translation>リージョンやクラウドプロバイダーをまたぐ移動では、同期を終了して再度有効にする必要があります。同期を終了し、ドラフトを確認してデプロイしてから、パーティションキー _partition で同期を再度有効にしてデプロイしてください。</translation>
    </message>
    <message>
        <source>Sync is enabled on the moved cluster and the devices come back through a client reset.</source>
        <translation>移動後のクラスターで同期が有効になり、デバイスはクライアントリセットを経て戻ってきます。</translation>
    </message>
    <message>
        <source>Cluster upgraded to NVMe storage</source>
        <translation>クラスターを NVMe ストレージにアップグレード</translation>
    </message>
    <message>
        <source>InventoryScanner&apos;s cluster went from M40 to M40_NVME three hours ago; its rebuilt nodes lost the oplog Sync needs.</source>
        <translation>InventoryScanner のクラスターは 3 時間前に M40 から M40_NVME に変更されました。再構築されたノードでは同期に必要な oplog が失われています。</translation>
    </message>
    <message>
        <source>Three hours ago the cluster was upgraded from M40 to M40_NVME. Atlas rebuilt its nodes with an initial sync, so the oplog Sync was reading is gone; the translator stopped with ChangeStreamHistoryLost.</source>
        <translation>3 時間前、クラスターは M40 から M40_NVME にアップグレードされました。Atlas が初期同期でノードを再構築したため、同期が読んでいた oplog はなくなり、トランスレーターは ChangeStreamHistoryLost で停止しました。</translation>
    </message>
    <message>
        <source>An NVMe upgrade needs Sync terminated and enabled again. Terminate Sync, review and deploy the draft, then enable Sync again from the saved configuration and deploy.</source>
        <translation>NVMe へのアップグレードでは、同期を終了して再度有効にする必要があります。同期を終了し、ドラフトを確認してデプロイしてから、保存した構成で同期を再度有効にしてデプロイしてください。</translation>
    </message>
    <message>
        <source>Sync is enabled again and every device resets once and syncs.</source>
        <translation>同期が再度有効になり、各デバイスが 1 回リセットされて同期します。</translation>
    </message>
    <message>
        <source>The oplog rolled over</source>
        <translation>oplog がロールオーバーした</translation>
    </message>
    <message>
        <source>Sync paused three days ago on a cluster whose oplog keeps 48 hours: resuming is refused, Sync must be terminated and enabled again.</source>
        <translation>oplog を 48 時間保持するクラスターで 3 日前に同期が一時停止されました。再開は拒否されるため、同期を終了して再度有効にする必要があります。</translation>
    </message>
    <message>
        <source>Sync was paused three days ago for maintenance. The cluster&apos;s oplog keeps only 48 hours, so it no longer reaches back to the pause: the logs show the translator&apos;s ChangeStreamHistoryLost error.</source>
        <translation>3 日前、メンテナンスのために同期が一時停止されました。クラスターの oplog は 48 時間分しか保持しないため、一時停止の時点までさかのぼれません。ログにはトランスレーターの ChangeStreamHistoryLost エラーが表示されています。</translation>
    </message>
    <message>
        <source>Try Resume Sync and read why it is refused (SyncResumeOplogRolledOver). Then Terminate Sync, deploy the draft, wait, enable Sync again from the saved configuration and deploy.</source>
        <translation>［同期を再開］を試し、拒否される理由（SyncResumeOplogRolledOver）を読んでください。その後、同期を終了し、ドラフトをデプロイし、待ってから、保存した構成で同期を再度有効にしてデプロイします。</translation>
    </message>
    <message>
        <source>Sync is enabled again with the configuration it had, and the devices reset and sync: recovered changes are kept, discarded ones are counted.</source>
        <translation>同期が以前の構成で再度有効になり、デバイスはリセットされて同期します。回復された変更は保持され、破棄された変更は数えられます。</translation>
    </message>
    <message>
        <source>Sync paused on an idle shared-tier cluster</source>
        <translation>アイドル状態の共有ティアクラスターで同期が一時停止</translation>
    </message>
    <message>
        <source>HabitJournal on an M0 cluster was unused for 30 days and Sync paused itself 32 days ago; resuming works, devices reset.</source>
        <translation>M0 クラスター上の HabitJournal は 30 日間使われず、32 日前に同期が自動的に一時停止しました。再開はできますが、デバイスはリセットされます。</translation>
    </message>
    <message>
        <source>Nobody used HabitJournal for 30 days, so Sync paused itself on its shared M0 cluster 32 days ago. This morning users opened the app again and their devices are refused (error 213, Sync is paused).</source>
        <translation>30 日間だれも HabitJournal を使わなかったため、32 日前に共有 M0 クラスターで同期が自動的に一時停止しました。今朝ユーザーが再びアプリを開き、デバイスが拒否されています（エラー 213、同期は一時停止中）。</translation>
    </message>
    <message>
        <source>Resume Sync and deploy. Nothing wrote to the idle cluster, so its oplog still reaches back to the pause and the resume is accepted; had it been refused, terminate and enable Sync again as for an oplog rollover.</source>
        <translation>同期を再開してデプロイしてください。アイドル状態のクラスターには何も書き込まれていないため、oplog は一時停止の時点までさかのぼれ、再開は受け付けられます。拒否された場合は、oplog のロールオーバーと同じく同期を終了して再度有効にしてください。</translation>
    </message>
    <message>
        <source>Sync is enabled, and the devices, offline longer than the 30-day client maximum offline time, reset once (error 222) and sync.</source>
        <translation>同期が有効になり、クライアントの最大オフライン時間の 30 日を超えてオフラインだったデバイスは 1 回リセット（エラー 222）されて同期します。</translation>
    </message>
    <message>
        <source>Troubleshooting at support&apos;s request</source>
        <translation>サポートの依頼によるトラブルシューティング</translation>
    </message>
    <message>
        <source>DeliveryRoutes has refused one client&apos;s uploads for a week; support asks to terminate and re-enable Sync.</source>
        <translation>DeliveryRoutes は 1 週間前から 1 つのクライアントのアップロードを拒否しています。サポートは同期の終了と再有効化を依頼しています。</translation>
    </message>
    <message>
        <source>For a week the Node.js client of DeliveryRoutes has been refused with BadChangeset (212) and the lag keeps growing. Support reviewed the logs and asks you to terminate and re-enable Sync, in their order.</source>
        <translation>1 週間前から DeliveryRoutes の Node.js クライアントは BadChangeset（212）で拒否され、ラグが増え続けています。サポートはログを確認し、指示どおりの順序で同期を終了して再度有効にするよう依頼しています。</translation>
    </message>
    <message>
        <source>Terminate Sync, deploy the draft, wait about ten minutes as support recommends, enable Sync again from the saved configuration, deploy, and watch the clients come back.</source>
        <translation>同期を終了し、ドラフトをデプロイし、サポートの推奨どおり約 10 分待ってから、保存した構成で同期を再度有効にしてデプロイし、クライアントが戻るのを見守ってください。</translation>
    </message>
    <message>
        <source>Sync is enabled again, the BadChangeset errors stop, and every device resets once; nothing is lost from the devices that recover.</source>
        <translation>同期が再度有効になり、BadChangeset エラーが止まり、各デバイスが 1 回リセットされます。回復するデバイスからは何も失われません。</translation>
    </message>
    <message>
        <source>Switching from Partition-Based to Flexible Sync</source>
        <translation>パーティションベース同期からフレキシブル同期への切り替え</translation>
    </message>
    <message>
        <source>ExampleApp moves from Partition-Based to Flexible Sync; the switch is refused while Sync runs.</source>
        <translation>ExampleApp はパーティションベース同期からフレキシブル同期に移行します。同期の実行中は切り替えが拒否されます。</translation>
    </message>
    <message>
        <source>The team of ExampleApp rewrote its clients for Flexible Sync. The app still runs Partition-Based Sync, and the service refuses to change the mode while Sync is enabled or paused (SyncModeChangeNotAllowed).</source>
        <translation>ExampleApp のチームはクライアントをフレキシブル同期向けに書き直しました。アプリはまだパーティションベース同期で動いており、同期が有効または一時停止中の間、サービスはモードの変更を拒否します（SyncModeChangeNotAllowed）。</translation>
    </message>
    <message>
        <source>Terminate Sync, review and deploy the draft, then enable Sync in Flexible mode with a database and queryable fields, and deploy.</source>
        <translation>同期を終了し、ドラフトを確認してデプロイしてから、データベースとクエリ可能なフィールドを指定してフレキシブルモードで同期を有効にし、デプロイしてください。</translation>
    </message>
    <message>
        <source>Flexible Sync is enabled and the old Partition-Based devices reset once.</source>
        <translation>フレキシブル同期が有効になり、以前のパーティションベースのデバイスは 1 回リセットされます。</translation>
    </message>
    <message>
        <source>A change that needs Sync off</source>
        <translation>同期をオフにする必要がある変更</translation>
    </message>
    <message>
        <source>SensorHub&apos;s synced collection iot.Alert was dropped, and the team wants a new indexed field: both need Sync terminated.</source>
        <translation>SensorHub の同期中のコレクション iot.Alert が削除され、チームは新しいインデックス付きフィールドを求めています。どちらも同期の終了が必要です。</translation>
    </message>
    <message>
        <source>A migration script dropped the synced collection iot.Alert yesterday, and Sync stopped translating. The team also wants site_id as the indexed queryable field and a new data ingest collection; the service refuses both while Sync is enabled or paused.</source>
        <translation>昨日、移行スクリプトが同期中のコレクション iot.Alert を削除し、同期の変換が止まりました。チームはさらに site_id をインデックス付きのクエリ可能フィールドにし、新しいデータ取り込みコレクションを追加したいと考えていますが、同期が有効または一時停止中の間、サービスはどちらも拒否します。</translation>
    </message>
    <message>
        <source>Terminate Sync, review and deploy the draft, then enable Sync again and deploy. The new indexed field and data ingest collections belong in that new configuration: the service accepts them only while Sync is off.</source>
        <translation>同期を終了し、ドラフトを確認してデプロイしてから、同期を再度有効にしてデプロイしてください。新しいインデックス付きフィールドとデータ取り込みコレクションはその新しい構成に含めます。サービスは同期がオフの間しかそれらを受け付けません。</translation>
    </message>
    <message>
        <source>Sync is enabled again, changes are translated again, and the devices reset once.</source>
        <translation>同期が再度有効になり、変更が再び変換され、デバイスは 1 回リセットされます。</translation>
    </message>
    <message>
        <source>Drill: the deployment fails</source>
        <translation>演習: デプロイが失敗する</translation>
    </message>
    <message>
        <source>The first deployment fails with the server&apos;s message; the next one goes through.</source>
        <translation>最初のデプロイはサーバーのメッセージとともに失敗し、次のデプロイは成功します。</translation>
    </message>
    <message>
        <source>TaskTracker is healthy, but the Sync service is slow today: the first deployment will time out on the server and fail.</source>
        <translation>TaskTracker は正常ですが、今日は同期サービスが遅く、最初のデプロイはサーバー側でタイムアウトして失敗します。</translation>
    </message>
    <message>
        <source>Terminate Sync and deploy the draft. When the red banner shows the server&apos;s message, read it, then terminate and deploy again (or redeploy from the history).</source>
        <translation>同期を終了してドラフトをデプロイしてください。赤いバナーにサーバーのメッセージが表示されたら読んでから、もう一度終了してデプロイします（または履歴から再デプロイします）。</translation>
    </message>
    <message>
        <source>The second deployment is successful and the history shows the failed one before it, with its message.</source>
        <translation>2 回目のデプロイは成功し、履歴にはその前の失敗したデプロイがメッセージとともに表示されます。</translation>
    </message>
    <message>
        <source>Drill: someone else&apos;s draft is waiting</source>
        <translation>演習: 他の人のドラフトが残っている</translation>
    </message>
    <message>
        <source>Another admin left an undeployed draft that adds a queryable field.</source>
        <translation>別の管理者が、クエリ可能なフィールドを追加する未デプロイのドラフトを残しています。</translation>
    </message>
    <message>
        <source>Forty minutes ago another admin started adding the queryable field priority and left the draft undeployed. The blue bar says changes have been made since the last deploy.</source>
        <translation>40 分前、別の管理者がクエリ可能なフィールド priority の追加を始め、ドラフトをデプロイせずに残しました。青いバーには前回のデプロイ以降に変更があったと表示されています。</translation>
    </message>
    <message>
        <source>Open REVIEW &amp; DISCARD and read their change first. Once they agree, discard it, then Terminate Sync and deploy your own draft alone.</source>
        <translation>［確認して破棄］を開き、まずその変更を読んでください。相手の同意を得たら破棄し、同期を終了して自分のドラフトだけをデプロイします。</translation>
    </message>
    <message>
        <source>Sync is terminated by a deployment of yours that holds only the terminate; their queryable field was never deployed.</source>
        <translation>同期は終了だけを含むあなたのデプロイで終了し、相手のクエリ可能なフィールドはデプロイされませんでした。</translation>
    </message>
    <message>
        <source>Drill: the session expires midway</source>
        <translation>演習: 途中でセッションが期限切れになる</translation>
    </message>
    <message>
        <source>Access tokens live 90 seconds and the first renewal is refused: sign in again mid-procedure.</source>
        <translation>アクセストークンの有効期間は 90 秒で、最初の更新は拒否されます。手順の途中でもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The project&apos;s sessions are short today: access tokens live 90 seconds, and the first attempt to renew one will be refused.</source>
        <translation>今日はプロジェクトのセッションが短く、アクセストークンの有効期間は 90 秒で、最初の更新の試みは拒否されます。</translation>
    </message>
    <message>
        <source>Terminate Sync and deploy the draft. When the console asks you to sign in again, sign in and carry on where you were.</source>
        <translation>同期を終了してドラフトをデプロイしてください。コンソールから再サインインを求められたらサインインし、中断したところから続けます。</translation>
    </message>
    <message>
        <source>After signing in again the draft is still there, and its deployment is successful.</source>
        <translation>再サインイン後もドラフトは残っており、そのデプロイは成功します。</translation>
    </message>
    <message>
        <source>Drill: the server is busy (429/503)</source>
        <translation>演習: サーバーが混雑している（429/503）</translation>
    </message>
    <message>
        <source>The server answers 503 and 429 for a while: reads are retried, a refused change must be made again.</source>
        <translation>サーバーはしばらく 503 と 429 を返します。読み取りは再試行されますが、拒否された変更はもう一度行う必要があります。</translation>
    </message>
    <message>
        <source>The service is under load: the first reads of the configuration answer 503, the first change answers 429 (Too Many Requests) and the first deployment 503, each with Retry-After.</source>
        <translation>サービスは高負荷です。構成の最初の読み取りは 503、最初の変更は 429（Too Many Requests）、最初のデプロイは 503 を、それぞれ Retry-After 付きで返します。</translation>
    </message>
    <message>
        <source>Terminate Sync and deploy the draft. When a change or a deployment is refused, wait for the time the server asks, then do it again; the Activity page shows every call.</source>
        <translation>同期を終了してドラフトをデプロイしてください。変更やデプロイが拒否されたら、サーバーが指定した時間だけ待ってからやり直します。アクティビティページにはすべての呼び出しが表示されます。</translation>
    </message>
    <message>
        <source>Sync is terminated by one successful deployment, and nothing was sent twice.</source>
        <translation>同期は 1 回の成功したデプロイで終了し、何も二重に送信されていません。</translation>
    </message>
    <message>
        <source>Drill: someone else deploys during your review</source>
        <translation>演習: 確認中に他の人がデプロイする</translation>
    </message>
    <message>
        <source>While you review your draft, another admin deploys a new queryable field.</source>
        <translation>あなたがドラフトを確認している間に、別の管理者が新しいクエリ可能なフィールドをデプロイします。</translation>
    </message>
    <message>
        <source>Another admin is working on TaskTracker at the same time as you: while your review is on screen, they deploy the queryable field priority.</source>
        <translation>別の管理者があなたと同時に TaskTracker で作業しています。あなたの確認画面が表示されている間に、その管理者がクエリ可能なフィールド priority をデプロイします。</translation>
    </message>
    <message>
        <source>Terminate Sync and deploy the draft, then check the deployment history: a deployment of theirs came before yours. Enable Sync again with their field added to the queryable fields, and deploy.</source>
        <translation>同期を終了してドラフトをデプロイし、デプロイ履歴を確認してください。相手のデプロイがあなたのデプロイより前にあります。相手のフィールドをクエリ可能なフィールドに加えて同期を再度有効にし、デプロイしてください。</translation>
    </message>
    <message>
        <source>Sync is enabled again with the queryable fields owner_id, team and priority: their change survived yours.</source>
        <translation>同期がクエリ可能なフィールド owner_id、team、priority で再度有効になりました。相手の変更はあなたの変更の後も残っています。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>As the system is set (%1)</source>
        <translation>システムの設定に従う（%1）</translation>
    </message>
    <message>
        <source>The new language is used when Sync Console starts again.</source>
        <translation>新しい言語は Sync Console の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>Tick a checkbox</source>
        <translation>チェックボックスをオンにする</translation>
    </message>
    <message>
        <source>Type the phrase “%1”</source>
        <translation>「%1」と入力する</translation>
    </message>
    <message>
        <source>As the language and region write them (%1)</source>
        <translation>言語と地域の形式（%1）</translation>
    </message>
    <message>
        <source>As in the documentation (MM/DD/YYYY HH:MM:SS)</source>
        <translation>ドキュメントと同じ（MM/DD/YYYY HH:MM:SS）</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>unit after a number of milliseconds</comment>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source> s</source>
        <comment>unit after a number of seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Confirm Terminate Sync by:</source>
        <translation>同期の終了の確認方法(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Dates and times:</source>
        <translation>日付と時刻(&amp;D):</translation>
    </message>
    <message>
        <source>Read a running de&amp;ployment every:</source>
        <translation>実行中のデプロイを確認する間隔(&amp;P):</translation>
    </message>
    <message>
        <source>Ask for new log &amp;entries every:</source>
        <translation>新しいログエントリを取得する間隔(&amp;E):</translation>
    </message>
    <message>
        <source>Classic (2021): Sync with its configuration steps</source>
        <translation>従来 (2021): 構成ステップのある同期ページ</translation>
    </message>
    <message>
        <source>Device Sync (2023): a Dashboard with charts, and Configuration</source>
        <translation>Device Sync (2023): グラフのダッシュボードと構成</translation>
    </message>
    <message>
        <source>Sync pa&amp;ge:</source>
        <translation>同期ページ(&amp;G):</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>再サインイン</translation>
    </message>
    <message>
        <source>Your session has expired and could not be renewed. Enter the private API key for &lt;b&gt;%1&lt;/b&gt; to continue; the page and any draft stay as they are.</source>
        <translation>セッションの有効期限が切れ、更新できませんでした。続けるには &lt;b&gt;%1&lt;/b&gt; の秘密 API キーを入力してください。ページとドラフトはそのまま残ります。</translation>
    </message>
    <message>
        <source>Private API key</source>
        <translation>秘密 API キー</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Enter the private API key.</source>
        <translation>秘密 API キーを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SimOptions</name>
    <message>
        <source>sync-console-sim: %1
Try “sync-console-sim --help”.</source>
        <translation>sync-console-sim: %1
「sync-console-sim --help」を参照してください。</translation>
    </message>
    <message>
        <source>A simulated MongoDB Atlas App Services Admin API v3.0 for Sync Console: pause, terminate and re-enable Sync, drafts, deployments, expiring sessions and injected faults, on your own machine.

The first line printed is the base URL of the API. Loopback clients can also use the control API: GET|POST|DELETE /_sim/faults, POST /_sim/expire-tokens, POST /_sim/clock?advance=SECONDS, POST /_sim/settings, GET /_sim/state, POST /_sim/reset (back to the scenario&apos;s start: its apps, drafts, devices, logs, faults and clock; sessions stay signed in), GET|POST /_sim/apps/APP/devices, GET|PATCH|DELETE /_sim/apps/APP/devices/ID, POST /_sim/apps/APP/devices/ID/reset (a device waiting in error), POST /_sim/apps/APP/logs (add log entries).

Each app has client devices that sync while Sync runs, are refused while it is paused (213), and after a terminate and re-enable are refused (208) and reset by their client reset mode; GET .../apps/APP/logs shows what they did.</source>
        <translation>Sync Console 用に MongoDB Atlas App Services Admin API v3.0 を模擬します: 同期の一時停止・終了・再有効化、ドラフト、デプロイ、期限切れになるセッション、注入した障害を手元のマシンで扱えます。

最初に出力される行が API のベース URL です。ループバックのクライアントは制御 API も使えます: GET|POST|DELETE /_sim/faults、POST /_sim/expire-tokens、POST /_sim/clock?advance=SECONDS、POST /_sim/settings、GET /_sim/state、POST /_sim/reset（シナリオの開始時点に戻す: アプリ、ドラフト、デバイス、ログ、障害、時計。セッションはサインインしたまま）、GET|POST /_sim/apps/APP/devices、GET|PATCH|DELETE /_sim/apps/APP/devices/ID、POST /_sim/apps/APP/devices/ID/reset（エラーで待機中のデバイス）、POST /_sim/apps/APP/logs（ログエントリの追加）。

各アプリには、同期の実行中は同期し、一時停止中は拒否され（213）、終了と再有効化の後は拒否されて（208）クライアントリセットモードに従ってリセットされるクライアントデバイスがあります。GET .../apps/APP/logs でその動作を確認できます。</translation>
    </message>
    <message>
        <source>The port to listen on; 0 picks a free one.</source>
        <translation>待ち受けるポート。0 なら空いているポートを選びます。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The address to listen on (a training room may use 0.0.0.0, with --api-key).</source>
        <translation>待ち受けるアドレス（研修室では --api-key と組み合わせて 0.0.0.0 を使えます）。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>The accepted API key pair (a default pair is printed at start-up).</source>
        <translation>受け付ける API キーペア（起動時に既定のペアが表示されます）。</translation>
    </message>
    <message>
        <source>PUBLIC:PRIVATE</source>
        <translation>公開キー:秘密キー</translation>
    </message>
    <message>
        <source>The scenario to start with (see --list-scenarios).</source>
        <translation>開始時のシナリオ（--list-scenarios を参照）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>List the scenarios and exit.</source>
        <translation>シナリオを一覧表示して終了します。</translation>
    </message>
    <message>
        <source>Keep the state in FILE across restarts (written atomically).</source>
        <translation>再起動をまたいで状態を FILE に保持します（アトミックに書き込み）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>How long access tokens live, in seconds.</source>
        <translation>アクセストークンの有効期間（秒）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>How long a deployment takes, in milliseconds.</source>
        <translation>デプロイにかかる時間（ミリ秒）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>Inject a fault (repeatable): “METHOD PATH key=value...” with latency=MS, status=CODE, retry-after=S, count=N, malformed, drop, redirect=URL, oversize=BYTES, deploy-error=MESSAGE; PATH is below /api/admin/v3.0 and * matches anything, e.g. “GET /groups/*/apps status=503 count=2”.</source>
        <translation>障害を注入します（複数指定可）:「METHOD PATH key=value...」の形式で、latency=MS、status=CODE、retry-after=S、count=N、malformed、drop、redirect=URL、oversize=BYTES、deploy-error=MESSAGE を指定します。PATH は /api/admin/v3.0 以下で、* は任意の文字列に一致します（例:「GET /groups/*/apps status=503 count=2」）。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>仕様</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535, not “%1”</source>
        <translation>--port には 0～65535 の数値が必要です（「%1」ではなく）</translation>
    </message>
    <message>
        <source>--listen needs an IP address, not “%1”</source>
        <translation>--listen には IP アドレスが必要です（「%1」ではなく）</translation>
    </message>
    <message>
        <source>--api-key needs PUBLIC:PRIVATE, both parts non-empty</source>
        <translation>--api-key には 公開キー:秘密キー が必要です（どちらも空にできません）</translation>
    </message>
    <message>
        <source>--listen %1 makes the simulator reachable from other machines; give it a key pair of your own with --api-key PUBLIC:PRIVATE (the default pair is published)</source>
        <translation>--listen %1 ではシミュレーターに他のマシンから接続できるようになります。--api-key 公開キー:秘密キー で独自のキーペアを指定してください（既定のペアは公開されています）</translation>
    </message>
    <message>
        <source>unknown scenario “%1”; choose one of: %2</source>
        <translation>不明なシナリオ「%1」。次から選んでください: %2</translation>
    </message>
    <message>
        <source>--token-lifetime needs a whole number of seconds, at least 1</source>
        <translation>--token-lifetime には 1 以上の整数（秒）が必要です</translation>
    </message>
    <message>
        <source>--deployment-delay needs a whole number of milliseconds, at least 0</source>
        <translation>--deployment-delay には 0 以上の整数（ミリ秒）が必要です</translation>
    </message>
    <message>
        <source>The language of the simulator&apos;s messages and scenarios: %1; default: the system&apos;s.</source>
        <translation>シミュレーターのメッセージとシナリオの言語: %1。既定: システムの言語。</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <comment>value of --lang</comment>
        <translation>言語</translation>
    </message>
    <message>
        <source>unknown language “%1”; the simulator speaks: %2</source>
        <translation>不明な言語「%1」。シミュレーターで使える言語: %2</translation>
    </message>
</context>
<context>
    <name>SimulatorAboutDialog</name>
    <message>
        <source>About the Simulator</source>
        <translation>シミュレーターについて</translation>
    </message>
    <message>
        <source>The console runs a simulator of the App Services Admin API on this computer. Other programs on this computer can use it too: its control API moves its clock, adds faults and resets the scenario (docs/simulator.md).</source>
        <translation>コンソールはこのコンピューター上で App Services Admin API のシミュレーターを動かしています。このコンピューター上の他のプログラムからも使えます: 制御 API で時計を進め、障害を追加し、シナリオをリセットできます（docs/simulator.md）。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>Admin API</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>button: copy the curl line</comment>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>コピー: %1</translation>
    </message>
    <message>
        <source>Read the simulator&apos;s clock</source>
        <translation>シミュレーターの時計を読む</translation>
    </message>
    <message>
        <source>Move the clock 10 minutes forward</source>
        <translation>時計を 10 分進める</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>SimulatorTimeDialog</name>
    <message>
        <source>Simulator Time</source>
        <translation>シミュレーターの時刻</translation>
    </message>
    <message>
        <source>The built-in simulator keeps its own clock. Move it forward to take a wait at once: the Guide&apos;s countdown, the devices, the banners and Activity all follow it. The clock never goes back; Reset Scenario puts it back at the scenario&apos;s start.</source>
        <translation>組み込みシミュレーターは独自の時計を持っています。時計を進めると待ち時間をすぐに済ませられます: ガイドのカウントダウン、デバイス、バナー、アクティビティはすべてこの時計に従います。時計は戻りません。「シナリオをリセット」でシナリオの開始時点に戻ります。</translation>
    </message>
    <message>
        <source>The simulator&apos;s clock</source>
        <translation>シミュレーターの時計</translation>
    </message>
    <message>
        <source>+10 Minutes</source>
        <translation>+10 分</translation>
    </message>
    <message>
        <source>+1 Hour</source>
        <translation>+1 時間</translation>
    </message>
    <message>
        <source>+1 Day</source>
        <translation>+1 日</translation>
    </message>
    <message>
        <source>+31 Days</source>
        <translation>+31 日</translation>
    </message>
    <message>
        <source>The date to move the simulator&apos;s clock to</source>
        <translation>シミュレーターの時計を進める日時</translation>
    </message>
    <message>
        <source>Move to This Date</source>
        <translation>この日時に進める</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The simulator did not move its clock: %1</source>
        <translation>シミュレーターは時計を進めませんでした: %1</translation>
    </message>
    <message>
        <source>The simulator&apos;s clock only goes forward: choose a later date.</source>
        <translation>シミュレーターの時計は先にしか進みません。もっと後の日時を選んでください。</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>ENABLED</source>
        <comment>sync status badge</comment>
        <translation>有効</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <comment>sync status badge</comment>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>DISABLED</source>
        <comment>sync status badge</comment>
        <translation>無効</translation>
    </message>
    <message>
        <source>LOADING</source>
        <comment>sync status badge</comment>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>同期の状態: %1</translation>
    </message>
    <message>
        <source>APP GONE</source>
        <comment>sync status badge: the app was deleted or is out of reach</comment>
        <translation>アプリなし</translation>
    </message>
</context>
<context>
    <name>SyncConfig</name>
    <message>
        <source>%1, %2, required</source>
        <comment>partition key, its type</comment>
        <translation>%1、%2、必須</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>partition key, its type</comment>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>SyncConfigurationView</name>
    <message>
        <source>Select Development Details</source>
        <translation>開発の詳細を選択</translation>
    </message>
    <message>
        <source>Sync Type</source>
        <translation>同期の種類</translation>
    </message>
    <message>
        <source>Learn more about the differences between &lt;a style=&quot;color:#016BF8; text-decoration:none&quot; href=&quot;https://www.mongodb.com/docs/atlas/app-services/sync/get-started/#choose-a-sync-type&quot;&gt;Partition-based Sync and Flexible Sync&lt;/a&gt;</source>
        <translation>&lt;a style=&quot;color:#016BF8; text-decoration:none&quot; href=&quot;https://www.mongodb.com/docs/atlas/app-services/sync/get-started/#choose-a-sync-type&quot;&gt;パーティションベース同期とフレキシブル同期&lt;/a&gt;の違いについて詳しく見る</translation>
    </message>
    <message>
        <source>Flexible</source>
        <comment>sync type</comment>
        <translation>フレキシブル</translation>
    </message>
    <message>
        <source>Partition Based</source>
        <comment>sync type</comment>
        <translation>パーティションベース</translation>
    </message>
    <message>
        <source>Advanced Configuration (optional)</source>
        <translation>詳細構成 (任意)</translation>
    </message>
    <message>
        <source>Client Max Offline Time:</source>
        <translation>クライアントの最大オフライン時間:</translation>
    </message>
    <message>
        <source>Client Recovery:</source>
        <translation>クライアントの復旧:</translation>
    </message>
    <message>
        <source>Data Ingest:</source>
        <translation>データ取り込み:</translation>
    </message>
    <message>
        <source>RECOMMENDED</source>
        <comment>badge on the Flexible sync type</comment>
        <translation>推奨</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>client max offline time</comment>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <comment>client recovery</comment>
        <translation>オフ</translation>
    </message>
    <message>
        <source>On</source>
        <comment>client recovery</comment>
        <translation>オン</translation>
    </message>
    <message>
        <source>No collections</source>
        <comment>data ingest</comment>
        <translation>コレクションなし</translation>
    </message>
    <message>
        <source>Queryable Fields:</source>
        <translation>クエリ可能なフィールド:</translation>
    </message>
    <message>
        <source>Partition Key:</source>
        <translation>パーティションキー:</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>%1 - (Service: %2)</source>
        <comment>cluster and service name</comment>
        <translation>%1 -（サービス: %2）</translation>
    </message>
    <message>
        <source>this app has no linked Atlas cluster</source>
        <translation>このアプリにはリンクされた Atlas クラスターがありません</translation>
    </message>
    <message>
        <source>the sync configuration could not be saved before terminating (%1); nothing was changed</source>
        <translation>終了前に同期構成を保存できませんでした（%1）。何も変更していません</translation>
    </message>
    <message>
        <source>Creating a draft was interrupted.</source>
        <translation>ドラフトの作成が中断されました。</translation>
    </message>
    <message>
        <source>a draft exists but could not be read</source>
        <translation>ドラフトはありますが読み取れませんでした</translation>
    </message>
    <message>
        <source>Reading the draft made elsewhere was interrupted.</source>
        <translation>他の場所で作成されたドラフトの読み取りが中断されました。</translation>
    </message>
    <message>
        <source>Saving the change into the draft was interrupted.</source>
        <translation>変更のドラフトへの保存が中断されました。</translation>
    </message>
    <message>
        <source>Changing the sync configuration was interrupted.</source>
        <translation>同期構成の変更が中断されました。</translation>
    </message>
    <message>
        <source>Loading the changes of the draft was interrupted.</source>
        <translation>ドラフトの変更の読み込みが中断されました。</translation>
    </message>
    <message>
        <source>the draft is gone: someone discarded or deployed it since its changes were shown. Nothing was deployed.</source>
        <translation>ドラフトがなくなりました。変更の表示後に誰かが破棄またはデプロイしました。何もデプロイしていません。</translation>
    </message>
    <message>
        <source>Checking the draft before deploying was interrupted.</source>
        <translation>デプロイ前のドラフトの確認が中断されました。</translation>
    </message>
    <message>
        <source>the draft was changed elsewhere since you reviewed it; review the new changes, then deploy again. Nothing was deployed.</source>
        <translation>確認した後にドラフトが他の場所で変更されました。新しい変更を確認してから、もう一度デプロイしてください。何もデプロイしていません。</translation>
    </message>
    <message>
        <source>Discarding the draft was interrupted.</source>
        <translation>ドラフトの破棄が中断されました。</translation>
    </message>
</context>
<context>
    <name>SyncDashboardView</name>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Time ran&amp;ge:</source>
        <translation>期間(&amp;G):</translation>
    </message>
    <message>
        <source>Lag (ms)</source>
        <comment>chart: replication lag of Device Sync</comment>
        <translation>ラグ (ms)</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <comment>chart: devices connected</comment>
        <translation>アクティブなセッション</translation>
    </message>
    <message>
        <source>Sync requests</source>
        <translation>同期リクエスト</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>chart line: sync requests</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>chart line: sync requests</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Changes uploaded</source>
        <comment>chart: changesets devices uploaded</comment>
        <translation>アップロードされた変更</translation>
    </message>
    <message>
        <source>Data downloaded (bytes)</source>
        <comment>chart: what devices downloaded</comment>
        <translation>ダウンロードされたデータ (バイト)</translation>
    </message>
    <message>
        <source>Reading the metrics…</source>
        <translation>メトリクスを読み込んでいます…</translation>
    </message>
    <message>
        <source>The metrics could not be read: %1</source>
        <translation>メトリクスを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>A gap in a line: Sync was paused or terminated then.</source>
        <translation>線の切れ目: その間、同期は一時停止または終了していました。</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>The user&apos;s access token expired. The SDK refreshes it and reconnects by itself; nothing needs to be done.</source>
        <translation>ユーザーのアクセストークンの有効期限が切れました。SDK が自動的に更新して再接続するため、対応は不要です。</translation>
    </message>
    <message>
        <source>The server could not authenticate the user: the token is invalid or was revoked, or the user was deleted or disabled. The user must log in again.</source>
        <translation>サーバーはユーザーを認証できませんでした。トークンが無効か取り消されたか、ユーザーが削除または無効化されています。ユーザーはもう一度ログインする必要があります。</translation>
    </message>
    <message>
        <source>The user is not allowed to sync this data. Check the app&apos;s Sync permissions and rules for this user.</source>
        <translation>ユーザーにはこのデータを同期する権限がありません。このユーザーに対するアプリの同期権限とルールを確認してください。</translation>
    </message>
    <message>
        <source>This device synced before Sync was terminated and re-enabled. Its local file is no longer known to the server, so it must perform a client reset: depending on its client reset mode it recovers its unsynced changes, or discards them, and downloads the data again. In manual mode the app must handle the reset itself.</source>
        <translation>このデバイスは同期の終了と再有効化の前に同期していました。ローカルファイルはサーバーに認識されなくなったため、クライアントリセットが必要です。クライアントリセットモードに応じて同期されていない変更を回復するか破棄し、データを再ダウンロードします。手動モードではアプリ自身がリセットを処理する必要があります。</translation>
    </message>
    <message>
        <source>The device&apos;s local file refers to a server version the server does not have, for example after the server&apos;s history was reset. The device must perform a client reset.</source>
        <translation>デバイスのローカルファイルが、サーバーに存在しないサーバーバージョンを参照しています（サーバーの履歴がリセットされた後など）。デバイスはクライアントリセットを行う必要があります。</translation>
    </message>
    <message>
        <source>The device&apos;s sync progress does not match what the server recorded for it. The device must perform a client reset.</source>
        <translation>デバイスの同期の進行状況が、サーバーに記録されたものと一致しません。デバイスはクライアントリセットを行う必要があります。</translation>
    </message>
    <message>
        <source>The device&apos;s history and the server&apos;s have diverged, typically after the device&apos;s file was restored from a backup. The device must perform a client reset.</source>
        <translation>デバイスとサーバーの履歴が分岐しています。多くはデバイスのファイルをバックアップから復元した後に起こります。デバイスはクライアントリセットを行う必要があります。</translation>
    </message>
    <message>
        <source>The server could not apply a change the device uploaded. This usually points to a corrupted local file or an SDK defect; a client reset clears it.</source>
        <translation>サーバーはデバイスがアップロードした変更を適用できませんでした。通常はローカルファイルの破損か SDK の不具合が原因で、クライアントリセットで解消します。</translation>
    </message>
    <message>
        <source>Sync is paused for this app, so the server refused the session. Devices reconnect by themselves once Sync is resumed; if the oplog rolled past the pause meanwhile, Sync must be terminated and re-enabled instead.</source>
        <translation>このアプリの同期は一時停止中のため、サーバーはセッションを拒否しました。同期が再開されるとデバイスは自動的に再接続します。その間に oplog が一時停止の時点を越えてロールオーバーした場合は、代わりに同期を終了して再度有効にする必要があります。</translation>
    </message>
    <message>
        <source>Synchronization is no longer possible for the device&apos;s local file. The device must perform a client reset.</source>
        <translation>デバイスのローカルファイルはこれ以上同期できません。デバイスはクライアントリセットを行う必要があります。</translation>
    </message>
    <message>
        <source>This device was offline longer than the Client Max Offline Time (client_max_offline_days), so the server no longer holds the history it needs to sync it. The device must perform a client reset.</source>
        <translation>このデバイスはクライアントの最大オフライン時間（client_max_offline_days）より長くオフラインだったため、サーバーには同期に必要な履歴がもうありません。デバイスはクライアントリセットを行う必要があります。</translation>
    </message>
    <message>
        <source>The local file belongs to another user than the one now syncing it. The app should open a separate file for each user.</source>
        <translation>ローカルファイルは、現在同期しているユーザーとは別のユーザーのものです。アプリはユーザーごとに別のファイルを開くべきです。</translation>
    </message>
    <message>
        <source>The connection opened more sync sessions than the server allows.</source>
        <translation>接続がサーバーの許可する数を超える同期セッションを開きました。</translation>
    </message>
    <message>
        <source>The device tried a schema change the server does not allow (a breaking change). Update the app&apos;s schema or the client&apos;s object model.</source>
        <translation>デバイスがサーバーで許可されていないスキーマ変更（破壊的変更）を試みました。アプリのスキーマかクライアントのオブジェクトモデルを更新してください。</translation>
    </message>
    <message>
        <source>A Flexible Sync subscription query is invalid, or uses a field that is not one of the queryable fields.</source>
        <translation>フレキシブル同期のサブスクリプションクエリが無効か、クエリ可能なフィールドではないフィールドを使用しています。</translation>
    </message>
    <message>
        <source>The device wrote data its permissions or subscriptions do not allow. The device must perform a client reset.</source>
        <translation>デバイスが権限またはサブスクリプションで許可されていないデータを書き込みました。デバイスはクライアントリセットを行う必要があります。</translation>
    </message>
    <message>
        <source>The server undid a write the device was not allowed to make (its permissions, or an object outside its subscriptions). The device goes on syncing.</source>
        <translation>サーバーは、デバイスに許可されていない書き込み（権限外、またはサブスクリプション外のオブジェクト）を取り消しました。デバイスは同期を続けます。</translation>
    </message>
    <message>
        <source>The session was closed without an error.</source>
        <translation>セッションはエラーなしで終了しました。</translation>
    </message>
    <message>
        <source>A session error that no more specific error covers, for example a free-tier cluster that reached its storage limit.</source>
        <translation>より具体的なエラーに当てはまらないセッションエラーです。たとえば、無料枠のクラスターがストレージ上限に達した場合です。</translation>
    </message>
    <message>
        <source>The device opened a realm with a partition value of the wrong type for the partition key (Partition-Based Sync).</source>
        <translation>デバイスが、パーティションキーと型の合わないパーティション値で Realm を開きました（Partition-Based Sync）。</translation>
    </message>
    <message>
        <source>The realm the device asked for does not exist on the server.</source>
        <translation>デバイスが要求した Realm はサーバーにありません。</translation>
    </message>
    <message>
        <source>An obsolete error the server no longer sends (a bad server file identifier).</source>
        <translation>サーバーがもう送信しない廃止されたエラーです（不正なサーバーファイル識別子）。</translation>
    </message>
    <message>
        <source>The device uses query-based sync, which the server no longer offers.</source>
        <translation>デバイスは、サーバーがもう提供していないクエリベースの同期を使っています。</translation>
    </message>
    <message>
        <source>The device asked for a session feature the server does not support.</source>
        <translation>デバイスが、サーバーのサポートしないセッション機能を要求しました。</translation>
    </message>
    <message>
        <source>An obsolete error the server no longer sends (a bad origin file identifier in an upload).</source>
        <translation>サーバーがもう送信しない廃止されたエラーです（アップロード内の不正な送信元ファイル識別子）。</translation>
    </message>
    <message>
        <source>The server&apos;s file for this realm was deleted while the device&apos;s session was bound to it.</source>
        <translation>デバイスのセッションが結び付いている間に、この Realm のサーバー側ファイルが削除されました。</translation>
    </message>
    <message>
        <source>The server has blocked this device&apos;s local file.</source>
        <translation>サーバーがこのデバイスのローカルファイルをブロックしました。</translation>
    </message>
    <message>
        <source>The server has blocked this user.</source>
        <translation>サーバーがこのユーザーをブロックしました。</translation>
    </message>
    <message>
        <source>An obsolete error the server no longer sends (a transaction before the upload was complete).</source>
        <translation>サーバーがもう送信しない廃止されたエラーです（アップロード完了前のトランザクション）。</translation>
    </message>
    <message>
        <source>The device tried to create an object that already exists outside its view (its subscriptions or permissions).</source>
        <translation>デバイスが、自分のビュー（サブスクリプションや権限）の外に既にあるオブジェクトを作成しようとしました。</translation>
    </message>
    <message>
        <source>The server&apos;s permissions for this device&apos;s file changed since it last synced. The device must perform a client reset.</source>
        <translation>前回の同期以降、このデバイスのファイルに対するサーバーの権限が変わりました。デバイスはクライアントリセットを行う必要があります。</translation>
    </message>
    <message>
        <source>The device opened a session before the server finished building Sync&apos;s history, as happens just after Sync is enabled.</source>
        <translation>Sync を有効にした直後のように、サーバーが Sync の履歴を作り終える前にデバイスがセッションを開きました。</translation>
    </message>
    <message>
        <source>Nothing: the SDK handles it by itself and the device goes on syncing.</source>
        <translation>何もしません。SDK が自動で処理し、デバイスは同期を続けます。</translation>
    </message>
    <message>
        <source>The user logs in again; support checks in App Users that the user exists and is enabled.</source>
        <translation>ユーザーが再ログインします。サポートは App Users でユーザーが存在し有効であることを確認します。</translation>
    </message>
    <message>
        <source>Support reviews the app&apos;s rules and Sync permissions for this user.</source>
        <translation>サポートは、このユーザーに対するアプリのルールと Sync の権限を確認します。</translation>
    </message>
    <message>
        <source>Support checks that the type of the partition value the app opens matches the partition key&apos;s type in the Sync configuration.</source>
        <translation>サポートは、アプリが開くパーティション値の型が Sync 構成のパーティションキーの型と一致するか確認します。</translation>
    </message>
    <message>
        <source>Nothing on the server: the device resets by itself in its client reset mode, recovering or discarding its unsynced changes. Support checks that the app sets a client reset handler, which manual mode needs.</source>
        <translation>サーバー側では何もしません。デバイスはクライアントリセットモードに従って自動でリセットし、未同期の変更を復元または破棄します。サポートは、手動モードで必要なクライアントリセットハンドラーをアプリが設定しているか確認します。</translation>
    </message>
    <message>
        <source>Support resumes Sync. If the resume is refused because the oplog rolled past the pause, support terminates Sync and enables it again.</source>
        <translation>サポートは Sync を再開します。oplog が一時停止の時点を過ぎて再開が拒否された場合は、Sync を終了して再度有効にします。</translation>
    </message>
    <message>
        <source>Support asks the app&apos;s developers to update the SDK or fix the app: the device sent something the server does not accept.</source>
        <translation>サポートはアプリの開発者に SDK の更新かアプリの修正を依頼します。デバイスがサーバーの受け付けないものを送信しました。</translation>
    </message>
    <message>
        <source>Support asks the app&apos;s developers to open a separate file for each user; deleting the device&apos;s local file and opening it again fixes the device.</source>
        <translation>サポートはアプリの開発者にユーザーごとに別のファイルを開くよう依頼します。デバイスのローカルファイルを削除して開き直すとデバイスは直ります。</translation>
    </message>
    <message>
        <source>Support asks the developers to make the change additive, or to change the app&apos;s schema on the server first.</source>
        <translation>サポートは開発者に、変更を追加のみにするか、先にサーバー上のアプリのスキーマを変更するよう依頼します。</translation>
    </message>
    <message>
        <source>Support checks the subscription&apos;s query syntax and that it uses only queryable fields.</source>
        <translation>サポートはサブスクリプションのクエリ構文と、クエリ可能なフィールドだけを使っているかを確認します。</translation>
    </message>
    <message>
        <source>Support looks for objects that share a primary key; the app should use ObjectId or UUID primary keys.</source>
        <translation>サポートは主キーが重複するオブジェクトを探します。アプリは ObjectId か UUID の主キーを使うべきです。</translation>
    </message>
    <message>
        <source>Nothing: the device tries again by itself until the server is ready.</source>
        <translation>何もしません。サーバーの準備ができるまでデバイスが自動で再試行します。</translation>
    </message>
    <message>
        <source>Support opens a ticket with MongoDB, giving the entry&apos;s correlation ID: only the server&apos;s team can say more.</source>
        <translation>サポートはエントリの相関 ID を添えて MongoDB にチケットを送ります。詳しいことはサーバーのチームにしか分かりません。</translation>
    </message>
    <message>
        <source>Support terminates Sync and enables it again; every device then performs a client reset once.</source>
        <translation>サポートは Sync を終了して再度有効にします。その後、各デバイスが一度クライアントリセットを行います。</translation>
    </message>
    <message>
        <source>Support upgrades the cluster tier, and checks whether a device syncs unusually large transactions.</source>
        <translation>サポートはクラスターの階層を上げ、異常に大きなトランザクションを同期しているデバイスがないか確認します。</translation>
    </message>
    <message>
        <source>Support finds the document written outside Sync and makes it match the schema again, or changes the schema.</source>
        <translation>サポートは Sync 以外から書き込まれたドキュメントを見つけ、スキーマに合うよう直すか、スキーマを変更します。</translation>
    </message>
    <message>
        <source>The cluster&apos;s oplog no longer holds the point Sync&apos;s translator must resume from: Sync was paused too long, the cluster was upgraded, moved or rebuilt, a synced collection was dropped, or the cluster was unreachable too long. Nothing syncs until Sync is terminated and enabled again.</source>
        <translation>クラスターの oplog には、Sync のトランスレーターが再開すべき地点がもう残っていません。Sync の一時停止が長すぎた、クラスターがアップグレード・移動・再構築された、同期対象のコレクションが削除された、またはクラスターに長く接続できなかったためです。Sync を終了して再度有効にするまで何も同期されません。</translation>
    </message>
    <message>
        <source>The translator retried a change as often as it may and could not write it to the cluster, usually because the cluster is too small: for a very large transaction from a device that was offline long, or for the app&apos;s load.</source>
        <translation>トランスレーターは変更を上限回数まで再試行しましたが、クラスターに書き込めませんでした。通常はクラスターが小さすぎるためです。長くオフラインだったデバイスの非常に大きなトランザクションや、アプリの負荷に対してです。</translation>
    </message>
    <message>
        <source>The cluster refused to write a change synced from a device, usually for a duplicate key: two objects with the same primary key. The translator erased the change.</source>
        <translation>クラスターが、デバイスから同期された変更の書き込みを拒否しました。通常はキーの重複、つまり同じ主キーを持つ 2 つのオブジェクトが原因です。トランスレーターはその変更を消去しました。</translation>
    </message>
    <message>
        <source>A write made in Atlas, not through Sync, left a document that no longer matches the app&apos;s schema. The document cannot be synced, and devices&apos; changes to its object do not reach the cluster.</source>
        <translation>Sync を経由せず Atlas で行われた書き込みにより、アプリのスキーマに合わないドキュメントができました。このドキュメントは同期できず、そのオブジェクトへのデバイスの変更はクラスターに届きません。</translation>
    </message>
    <message>
        <source>Translator error %1</source>
        <translation>トランスレーターエラー %1</translation>
    </message>
    <message>
        <source>Protocol error %1 (%2)</source>
        <comment>code (name)</comment>
        <translation>プロトコルエラー %1（%2）</translation>
    </message>
    <message>
        <source>Client reset: yes. The devices must reset their local files to sync again.</source>
        <translation>クライアントリセット：あり。デバイスは再び同期するためにローカルファイルをリセットする必要があります。</translation>
    </message>
    <message>
        <source>Client reset: no.</source>
        <translation>クライアントリセット：なし。</translation>
    </message>
    <message>
        <source>What support does: %1</source>
        <translation>サポートの対応：%1</translation>
    </message>
</context>
<context>
    <name>SyncLogDetails</name>
    <message>
        <source>Select an entry to see it whole.</source>
        <translation>エントリを選択すると全体が表示されます。</translation>
    </message>
    <message>
        <source>Started</source>
        <comment>log detail: when the request started</comment>
        <translation>開始</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>log detail: when the request completed</comment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>kind of log entry</comment>
        <translation>種類</translation>
    </message>
    <message>
        <source>User</source>
        <comment>log detail: app user id</comment>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Device</source>
        <comment>log detail: client device</comment>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Remote IP</source>
        <translation>リモート IP</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>log detail: error message</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>エラーコード</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>button: copy the log entry</comment>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the correlation ID</source>
        <translation>相関 ID をコピー</translation>
    </message>
    <message>
        <source>Copy the correlation ID, to find the request&apos;s other entries</source>
        <translation>相関 ID をコピーして、同じリクエストの他のエントリを探します</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>相関 ID</translation>
    </message>
    <message>
        <source>Messages, sync query and session metrics</source>
        <translation>メッセージ、同期クエリ、セッションの指標</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>log type · time</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Protocol error %1</source>
        <translation>プロトコルエラー %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>heading: explanation</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server reported an error; the entry&apos;s error and messages say more.</source>
        <translation>サーバーがエラーを報告しました。詳しくはエントリのエラーとメッセージを参照してください。</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <comment>time (duration)</comment>
        <translation>%1（%2 ミリ秒）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>SDK on platform</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Messages</source>
        <comment>log detail section</comment>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Sync query</source>
        <translation>同期クエリ</translation>
    </message>
    <message>
        <source>Session metrics</source>
        <translation>セッションの指標</translation>
    </message>
    <message>
        <source>No messages, sync query or session metrics.</source>
        <translation>メッセージ、同期クエリ、セッションの指標はありません。</translation>
    </message>
</context>
<context>
    <name>SyncLogModel</name>
    <message>
        <source>Connection Start</source>
        <comment>Sync log type</comment>
        <translation>接続開始</translation>
    </message>
    <message>
        <source>Connection End</source>
        <comment>Sync log type</comment>
        <translation>接続終了</translation>
    </message>
    <message>
        <source>Session Start</source>
        <comment>Sync log type</comment>
        <translation>セッション開始</translation>
    </message>
    <message>
        <source>Session End</source>
        <comment>Sync log type</comment>
        <translation>セッション終了</translation>
    </message>
    <message>
        <source>Write</source>
        <comment>Sync log type: a client&apos;s upload</comment>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>Sync log type</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>Sync log type</comment>
        <translation>その他</translation>
    </message>
    <message>
        <source>The Sync logs could not be read. %1</source>
        <translation>同期ログを読み取れませんでした。%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error code: error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>a log entry without error</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>log table column: when the entry was logged</comment>
        <translation>日時</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>kind of log entry</comment>
        <translation>種類</translation>
    </message>
    <message>
        <source>User</source>
        <comment>log table column: app user id</comment>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>SDK / Platform</source>
        <translation>SDK / プラットフォーム</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>log table column: OK or error</comment>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>SyncLogsPage</name>
    <message>
        <source>Logs</source>
        <comment>page title</comment>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>the kind of logs the page shows</comment>
        <translation>同期</translation>
    </message>
    <message>
        <source>Follow</source>
        <comment>checkbox: fetch new log entries as they come</comment>
        <translation>追跡</translation>
    </message>
    <message>
        <source>Show new entries as they come, every few seconds, while this page is open</source>
        <translation>このページを開いている間、新しいエントリを数秒ごとに表示します</translation>
    </message>
    <message>
        <source>Try Again</source>
        <comment>button: fetch the logs again</comment>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Sync log entries</source>
        <translation>同期ログのエントリ</translation>
    </message>
    <message>
        <source>Log type</source>
        <translation>ログの種類</translation>
    </message>
    <message>
        <source>All Sync types</source>
        <translation>すべての同期の種類</translation>
    </message>
    <message>
        <source>Errors</source>
        <comment>log type filter</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Errors and non-errors</source>
        <translation>エラーとエラー以外</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>Non-errors only</source>
        <translation>エラー以外のみ</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 10 days</source>
        <translation>過去 10 日間</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Only this user&apos;s entries</source>
        <translation>このユーザーのエントリのみ</translation>
    </message>
    <message>
        <source>Press Enter to ask the server for this user&apos;s entries</source>
        <translation>Enter キーを押すと、このユーザーのエントリをサーバーに問い合わせます</translation>
    </message>
    <message>
        <source>Search the entries read so far</source>
        <translation>これまでに読み込んだエントリを検索</translation>
    </message>
    <message>
        <source>Search the entries</source>
        <translation>エントリを検索</translation>
    </message>
    <message>
        <source>Following</source>
        <comment>status: new log entries are fetched as they come</comment>
        <translation>追跡中</translation>
    </message>
    <message numerus="yes">
        <source>Malformed entries skipped: %n (the server sent them in a shape that is not a log entry).</source>
        <translation>
            <numerusform>スキップした不正なエントリ: %n 件（サーバーがログエントリではない形式で送信しました）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry read so far contains “%1”.</source>
        <translation>これまでに読み込んだエントリに「%1」を含むものはありません。</translation>
    </message>
    <message>
        <source>Reading the Sync logs…</source>
        <translation>同期ログを読み込んでいます…</translation>
    </message>
    <message>
        <source>No Sync log entries match these filters.</source>
        <translation>この条件に一致する同期ログのエントリはありません。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Development Mode</source>
        <translation>開発モード</translation>
    </message>
    <message>
        <source>Synchronize data between your MongoDB Atlas cluster and client application. &lt;a style=&quot;color:#1A7DC4; text-decoration:none&quot; href=&quot;https://www.mongodb.com/docs/atlas/app-services/sync/&quot;&gt;Learn more about syncing your data.&lt;/a&gt;&lt;br&gt;&lt;b&gt;Note:&lt;/b&gt; When Sync is enabled, App Services will create a copy of all data from collections with a defined JSON schema in your Atlas cluster.</source>
        <translation>MongoDB Atlas クラスターとクライアントアプリケーションの間でデータを同期します。&lt;a style=&quot;color:#1A7DC4; text-decoration:none&quot; href=&quot;https://www.mongodb.com/docs/atlas/app-services/sync/&quot;&gt;データの同期について詳しく見る。&lt;/a&gt;&lt;br&gt;&lt;b&gt;注:&lt;/b&gt; 同期が有効な場合、App Services は Atlas クラスター内の JSON スキーマが定義されたコレクションのすべてのデータのコピーを作成します。</translation>
    </message>
    <message>
        <source>Development Mode lets Sync infer the schema from the objects that devices sync. Sync Console does not change it; use the App Services UI or CLI.</source>
        <translation>開発モードでは、デバイスが同期するオブジェクトから同期がスキーマを推定します。Sync Console では変更しません。App Services の UI または CLI を使ってください。</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>page title: Device Sync</comment>
        <translation>同期</translation>
    </message>
    <message>
        <source>Latest Sync Event</source>
        <translation>最新の同期イベント</translation>
    </message>
    <message>
        <source>Last Cluster Event Processed</source>
        <translation>最後に処理したクラスターイベント</translation>
    </message>
    <message>
        <source>Lag</source>
        <comment>header metric: replication lag of Device Sync</comment>
        <translation>ラグ</translation>
    </message>
    <message numerus="yes">
        <source>%n sec</source>
        <comment>sync lag</comment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Select Cluster To Sync</source>
        <translation>同期するクラスターを選択</translation>
    </message>
    <message>
        <source>All data from configured collections in this cluster will be synced. Selecting a new cluster to sync restarts the syncing process. Sync requires that your Atlas cluster is using MongoDB version 4.4.</source>
        <translation>このクラスターで構成されたコレクションのデータはすべて同期されます。同期する新しいクラスターを選択すると、同期処理が最初からやり直されます。同期には Atlas クラスターが MongoDB バージョン 4.4 を使用している必要があります。</translation>
    </message>
    <message>
        <source>Choose A Partition Key</source>
        <translation>パーティションキーを選択</translation>
    </message>
    <message>
        <source>Define Permissions</source>
        <translation>権限を定義</translation>
    </message>
    <message>
        <source>TERMINATE SYNC</source>
        <translation>同期を終了</translation>
    </message>
    <message>
        <source>Show or hide Terminate Sync</source>
        <translation>［同期を終了］の表示を切り替え</translation>
    </message>
    <message>
        <source>Terminating Sync will remove metadata associated with Sync and prevent all applications from syncing. You may re-enable Sync to re-create this metadata.</source>
        <translation>同期を終了すると同期に関連するメタデータが削除され、すべてのアプリケーションが同期できなくなります。同期を再度有効にすると、このメタデータが再作成されます。</translation>
    </message>
    <message>
        <source>Sync Paused Since</source>
        <translation>同期の一時停止開始</translation>
    </message>
    <message>
        <source>Choose Queryable Fields</source>
        <translation>クエリ可能なフィールドを選択</translation>
    </message>
    <message>
        <source>This app is gone: it was deleted, or this API key can no longer reach it. Choose another app, or check the key&apos;s access to this project.</source>
        <translation>このアプリはもうありません。削除されたか、この API キーではアクセスできなくなっています。別のアプリを選ぶか、このプロジェクトへのキーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>&amp;Pause Sync</source>
        <translation>同期を一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume Sync</source>
        <translation>同期を再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Terminate Sync</source>
        <translation>同期を終了(&amp;T)</translation>
    </message>
    <message>
        <source>Synchronize data between your MongoDB Atlas cluster and client application. &lt;a style=&quot;color:#1A7DC4; text-decoration:none&quot; href=&quot;https://www.mongodb.com/docs/atlas/app-services/sync/&quot;&gt;Learn more about syncing your data.&lt;/a&gt;&lt;br&gt;&lt;b&gt;Note:&lt;/b&gt; When Sync is enabled, Realm will create a copy of all data from collections with a defined JSON schema in your Atlas cluster.</source>
        <comment>the admin UI&apos;s wording of 2021, for the reference figures</comment>
        <translation>MongoDB Atlas クラスターとクライアントアプリケーションの間でデータを同期します。&lt;a style=&quot;color:#1A7DC4; text-decoration:none&quot; href=&quot;https://www.mongodb.com/docs/atlas/app-services/sync/&quot;&gt;データの同期について詳しく見る。&lt;/a&gt;&lt;br&gt;&lt;b&gt;注:&lt;/b&gt; 同期が有効な場合、Realm は Atlas クラスター内の JSON スキーマが定義されたコレクションのすべてのデータのコピーを作成します。</translation>
    </message>
    <message>
        <source>Paused On: %1 UTC</source>
        <comment>the time Sync was paused</comment>
        <translation>一時停止日時: %1 UTC</translation>
    </message>
    <message>
        <source>&amp;Enable Sync</source>
        <translation>同期を有効化(&amp;E)</translation>
    </message>
</context>
<context>
    <name>SyncSnapshotStore</name>
    <message>
        <source>The configuration saved before Sync was terminated is damaged; it was set aside as %1.</source>
        <translation>同期の終了前に保存した構成が破損しています。%1 として退避しました。</translation>
    </message>
    <message>
        <source>The configuration saved before Sync was terminated is damaged (%1).</source>
        <translation>同期の終了前に保存した構成が破損しています（%1）。</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>Terminate Sync for %1</source>
        <translation>%1 の同期を終了</translation>
    </message>
    <message>
        <source>Terminate Sync for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; の同期を終了</translation>
    </message>
    <message>
        <source>Terminating Sync will remove metadata associated with Sync and prevent all applications from syncing. You may re-enable Sync to re-create this metadata.</source>
        <translation>同期を終了すると同期に関連するメタデータが削除され、すべてのアプリケーションが同期できなくなります。同期を再度有効にすると、このメタデータが再作成されます。</translation>
    </message>
    <message>
        <source>Every device that synced before must perform a client reset. Changes not yet synced are lost unless the app&apos;s client reset handler recovers them: use RecoverOrDiscardUnsyncedChanges (Kotlin/Android), .recoverOrDiscardUnsyncedChanges (Swift/iOS), ClientResetMode.RecoverOrDiscard (Node.js, React Native), RecoverOrDiscardUnsyncedChangesHandler (.NET) or RecoverOrDiscardUnsyncedChangesHandler (Flutter).</source>
        <translation>以前に同期したすべてのデバイスでクライアントリセットが必要になります。アプリのクライアントリセットハンドラーが回復しない限り、同期されていない変更は失われます。RecoverOrDiscardUnsyncedChanges（Kotlin/Android）、.recoverOrDiscardUnsyncedChanges（Swift/iOS）、ClientResetMode.RecoverOrDiscard（Node.js、React Native）、RecoverOrDiscardUnsyncedChangesHandler（.NET）または RecoverOrDiscardUnsyncedChangesHandler（Flutter）を使用してください。</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm your action</source>
        <translation>確認のため「%1」と入力してください</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Terminate Sync</source>
        <comment>the phrase typed to confirm</comment>
        <translation>同期を終了</translation>
    </message>
    <message>
        <source>&amp;I want to terminate Sync for %1</source>
        <translation>%1 の同期を終了します(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Terminate Sync</source>
        <translation>同期を終了(&amp;T)</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Scenario &amp;Briefing…</source>
        <translation>シナリオの説明(&amp;B)…</translation>
    </message>
    <message>
        <source>About the &amp;Simulator…</source>
        <translation>シミュレーターについて(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>“%1” is not a URL such as https://services.cloud.mongodb.com/api/admin/v3.0.</source>
        <translation>「%1」は https://services.cloud.mongodb.com/api/admin/v3.0 のような URL ではありません。</translation>
    </message>
    <message>
        <source>The Admin API is reached over https, not %1.</source>
        <translation>Admin API には %1 ではなく https で接続します。</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused: it would send your API keys and tokens unencrypted across the network. Use https (plain http is accepted only for this machine, e.g. the simulator on 127.0.0.1).</source>
        <translation>%1 への暗号化されていない http は拒否します。API キーとトークンが暗号化されずにネットワークを流れるためです。https を使ってください（暗号化されていない http はこのマシン、たとえば 127.0.0.1 のシミュレーターにのみ使えます）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot listen on %1 port %2 (is it in use?)</source>
        <translation>%1 のポート %2 で待ち受けできません（使用中ではありませんか？）</translation>
    </message>
    <message>
        <source>Also at:        %1</source>
        <translation>別のアドレス:   %1</translation>
    </message>
    <message>
        <source>warning: listening on %1, beyond this machine: anyone who can reach it and knows the key pair can use the simulator. Failed logins are limited to 10 a minute per address; the control API still answers this machine only.</source>
        <translation>警告: このマシンの外からも接続できる %1 で待ち受けています。到達でき、キーペアを知っている人は誰でもシミュレーターを使えます。失敗したログインはアドレスごとに 1 分あたり 10 回に制限され、制御 API は引き続きこのマシンにのみ応答します。</translation>
    </message>
    <message>
        <source>API key pair:   %1:%2</source>
        <translation>API キーペア:   %1:%2</translation>
    </message>
    <message>
        <source>(the private key given with --api-key)</source>
        <translation>（--api-key で指定した秘密キー）</translation>
    </message>
    <message>
        <source>Project (group): %1</source>
        <translation>プロジェクト（グループ）: %1</translation>
    </message>
    <message>
        <source>State:          %1</source>
        <translation>状態:           %1</translation>
    </message>
    <message>
        <source>restored from %1</source>
        <translation>%1 から復元</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>シナリオ %1</translation>
    </message>
    <message>
        <source>App:            %1 (_id %2, client_app_id %3)</source>
        <translation>アプリ:         %1（_id %2、client_app_id %3）</translation>
    </message>
    <message>
        <source>sync-console: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset). Start it in a desktop session, under xvfb-run, or with QT_QPA_PLATFORM=offscreen for scripted runs such as --autoplay terminate --exit-when-done.</source>
        <translation>sync-console: ウィンドウを開くディスプレイがありません（DISPLAY と WAYLAND_DISPLAY が未設定です）。デスクトップセッション内か xvfb-run で起動するか、--autoplay terminate --exit-when-done のようなスクリプト実行では QT_QPA_PLATFORM=offscreen を指定してください。</translation>
    </message>
    <message>
        <source>sync-console: cannot create %1</source>
        <translation>sync-console: %1 を作成できません</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and could not be read or moved; the console starts with default settings.</source>
        <translation>設定ファイル %1 は破損しており、読み取りも移動もできませんでした。コンソールは既定の設定で起動します。</translation>
    </message>
    <message>
        <source>The settings file was damaged and could not be read; it was set aside as %1, and the console starts with default settings.</source>
        <translation>設定ファイルが破損していて読み取れませんでした。%1 として退避し、コンソールは既定の設定で起動します。</translation>
    </message>
    <message>
        <source>ERROR: %1. Changes are refused (503) and undone until the state file can be written again; reads are still served.</source>
        <translation>エラー: %1。状態ファイルに再び書き込めるようになるまで、変更は拒否され (503)、取り消されます。読み取りは引き続き提供されます。</translation>
    </message>
    <message>
        <source>the state file %1 is written again; changes are accepted.</source>
        <translation>状態ファイル %1 に再び書き込めるようになりました。変更を受け付けます。</translation>
    </message>
    <message>
        <source>the state file %1 is in use by another simulator (process %2 on %3); stop it, or give this one another --state file</source>
        <translation>状態ファイル %1 は別のシミュレーター (%3 のプロセス %2) が使用中です。そちらを停止するか、このシミュレーターに別の --state ファイルを指定してください</translation>
    </message>
    <message>
        <source>the state file %1 is in use by another simulator; stop it, or give this one another --state file</source>
        <translation>状態ファイル %1 は別のシミュレーターが使用中です。そちらを停止するか、このシミュレーターに別の --state ファイルを指定してください</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 beside the state file</source>
        <translation>状態ファイルの横にロックファイル %1 を作成できません</translation>
    </message>
</context>
</TS>
