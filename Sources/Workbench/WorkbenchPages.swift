import Mustache
import Reporting

/// The workbench's pages: Mustache templates compiled into the binary. Every `{{value}}` is
/// escaped by Reporting's one layer (``Inert/html(_:)``: markup, control and bidirectional
/// characters), registered as the templates' HTML content type; no template uses `{{{…}}}`.
enum WorkbenchPages {
  /// Inert's HTML escaping as Mustache's content type.
  struct InertHTML: MustacheContentType {
    func escapeText(_ text: String) -> String { Inert.html(text) }
  }

  static let library: MustacheLibrary = {
    MustacheContentTypes.register(InertHTML(), named: "INERT")
    var library = MustacheLibrary()
    for (name, text) in templates {
      // Templates are part of the binary: one that does not compile is a programming error.
      try! library.register("{{% CONTENT_TYPE: INERT}}" + text, named: name)
    }
    return library
  }()

  static func render(_ name: String, _ object: Any) -> String {
    library.render(object, withTemplate: name) ?? ""
  }

  /// The style of every page (allowed by the pages' Content-Security-Policy by its hash).
  static let style = """
    body{font-family:system-ui,"Noto Sans CJK JP","IPAGothic",sans-serif;margin:0;color:#222}
    header{background:#223;color:#fff;padding:.5rem 1rem;display:flex;gap:1rem;align-items:center}
    header a{color:#fff}header button{color:#223;background:#fff;border:1px solid #fff;border-radius:3px}main{max-width:68rem;margin:1rem auto;padding:0 1rem}
    table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;overflow-wrap:anywhere}
    input.drop{display:block;box-sizing:border-box;width:100%;padding:1.5rem;margin:.3rem 0;border:2px dashed #889;border-radius:6px;background:#f7f7fb}
    progress.sweep{width:100%;height:1.2rem}.hint{color:#555;font-size:.9rem}
    th{background:#eee;overflow-wrap:normal;word-break:keep-all}.error{color:#a00;font-weight:bold}form.inline{display:inline;margin-left:auto}
    label{display:block;margin:.5rem 0}input{font:inherit;padding:.2rem}
    pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f6f6;padding:.5rem}
    .actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}pre.html-source{max-height:30rem;overflow:auto;border:2px solid #a60}
    .decided{background:#ffe;border:1px solid #cc8;padding:.5rem}header a{margin-right:.25rem}
    form.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}form.filters label{margin:0}
    section.intake{border:1px solid #ccc;padding:.4rem .6rem;margin:.5rem 0}section.intake.failing{border-color:#a00;background:#fff4f4}
    .intake-error{color:#a00;margin:.3rem 0 0}
    """

  /// The pages' words in English and Japanese (the browser's `Accept-Language` chooses).
  static func words(_ language: ReportLanguage) -> [String: String] {
    switch language {
    case .en:
      [
        "lang": "en", "signIn": "Sign in", "userLabel": "User", "passwordLabel": "Password", "inbox": "Reported mail",
        "logout": "Sign out", "caseLabel": "Case", "statusLabel": "Status", "messagesLabel": "Messages",
        "updatedLabel": "Updated", "empty": "No case yet: run becscope investigate on this store, or upload reports.",
        "wrongPassword": "Wrong user name or password.", "expired": "The sign-in form expired; try again.",
        "throttled": "Too many failed attempts; wait and try again.", "newCase": "New case", "create": "Create",
        "report": "Report", "notes": "Notes", "addNote": "Add a note", "sweepLabel": "Mailbox sweep",
        "sweepHint":
          "Look through a mailbox export (mbox, a zipped Maildir, .eml files) for further copies of this case's flagged campaigns and the replies to them; what is found is added to the case.",
        "sweepButton": "Sweep", "sweepPathLabel": "Path under the server's sweep folder",
        "sweep-running": "running", "sweep-done": "finished", "sweep-failed": "failed",
        "exposureLabel": "Exposure findings",
        "exposureHint":
          "What a search showed of an employee (a profile naming the employer, a conference page): the case's build weighs it when inferring how the target list was made.",
        "employeeLabel": "Employee", "platformLabel": "Where", "pageLabel": "Page (not opened)",
        "noteLabel": "What it shows",
        "addExposure": "Record",
        "upload":
          "Upload reported mail (.eml, .msg, mbox, a zipped Maildir; at most 25 MiB: drop the files on the box or choose them)",
        "send": "Upload", "messagesOf": "Messages", "sourceLabel": "File", "kindLabel": "How",
        "reporterLabel": "Reporter",
        "addedLabel": "Added", "moreMessages": "more messages (see the report)", "setStatus": "Set status",
        "analysisLabel": "Analysis", "headersLabel": "Header fields", "ownerLabel": "Owner", "setOwner": "Set owner",
        "nobody": "(nobody)", "campaignsLabel": "Campaigns", "verdictLabel": "Verdict", "scenarioLabel": "Scenario",
        "senderLabel": "Sender", "subjectLabel": "Subject", "copiesLabel": "Copies", "targetsLabel": "Targets",
        "originLabel": "Origin IP", "noCampaign": "No message of this case was flagged.",
        "exportsLabel": "Downloads", "download": "Download", "analystVerdict": "Analyst's verdict",
        "setVerdict": "Set verdict", "reasonLabel": "Reason", "bodyLabel": "Body (text; links defanged)",
        "attachmentsLabel": "Attachments", "typeLabel": "Type", "sizeLabel": "Bytes", "nameLabel": "Name",
        "showHTML": "Show the HTML source (as text; it is never rendered)",
        "htmlLabel": "HTML source (as text, links defanged)", "auditLabel": "Audit log",
        "whenLabel": "When", "whoLabel": "Who", "actionLabel": "Action", "detailLabel": "Detail",
        "addressLabel": "From",
        "decidedBy": "set by", "tlpLabel": "TLP", "searchLabel": "Search", "campaignLabel": "Campaign",
        "fromLabel": "From", "toLabel": "Before", "filterButton": "Filter", "previousLabel": "newer",
        "nextLabel": "older", "noReports": "No reported message matches.", "casesLabel": "Cases",
        "moreCasesLabel": "older cases not listed (open them from their reports above)",
        "moveLabel": "Merge a campaign into another case, or split it into a new one",
        "newCaseOption": "(a new case titled:)", "newTitlePlaceholder": "title of the new case", "moveButton": "Move",
        "intakeLabel": "Report mailbox", "intakeStarting": "connecting", "intakeReading": "reading",
        "intakeFailing": "failing", "intakeLastPass": "last read", "intakeTaken": "new reports",
        "intakeRepeats": "repeats", "intakeUnreadable": "not taken", "intakeAnswers": "answers sent",
        "intakeAnswersFailed": "answers failed",
        "intakeAnswersWritten": "answers written (dry run)", "intakeError": "Last error",
        "intakeRetry": "next attempt in (s)",
      ]
    case .ja:
      [
        "lang": "ja", "signIn": "サインイン", "userLabel": "ユーザー名", "passwordLabel": "パスワード", "inbox": "報告メール一覧",
        "logout": "サインアウト", "caseLabel": "案件", "statusLabel": "状態", "messagesLabel": "メール数",
        "updatedLabel": "更新日時", "empty": "案件はまだありません。このストアで becscope investigate を実行するか、報告メールをアップロードしてください。",
        "wrongPassword": "ユーザー名またはパスワードが正しくありません。", "expired": "サインイン画面の有効期限が切れました。もう一度お試しください。",
        "throttled": "失敗が続いたため、しばらく待ってから再度お試しください。", "newCase": "新しい案件", "create": "作成",
        "report": "調査報告書", "notes": "メモ", "addNote": "メモを追加", "sweepLabel": "メールボックスの掃引",
        "sweepHint":
          "メールボックスのエクスポート（mbox、ZIP圧縮したMaildir、.emlファイル）から、この案件で検知したキャンペーンの他の写しと、それへの返信を探します。見つかったものは案件に追加されます。",
        "sweepButton": "掃引", "sweepPathLabel": "サーバーの掃引フォルダ内のパス",
        "sweep-running": "実行中", "sweep-done": "完了", "sweep-failed": "失敗", "exposureLabel": "露出の調査結果",
        "exposureHint": "従業員について検索で分かったこと（勤務先を記載したプロフィール、登壇ページなど）。標的リストの作られ方を推定する際に案件の分析で考慮します。",
        "employeeLabel": "従業員", "platformLabel": "掲載先", "pageLabel": "ページ（開きません）", "noteLabel": "分かったこと",
        "addExposure": "記録", "upload": "報告メールをアップロード（.eml、.msg、mbox、ZIP圧縮したMaildir。合計25 MiBまで。枠にドロップするか選択）",
        "send": "アップロード", "messagesOf": "メール", "sourceLabel": "ファイル", "kindLabel": "経路", "reporterLabel": "報告者",
        "addedLabel": "追加日時", "moreMessages": "通は省略（報告書を参照）", "setStatus": "状態を変更",
        "analysisLabel": "分析結果", "headersLabel": "ヘッダー", "ownerLabel": "担当者", "setOwner": "担当者を変更",
        "nobody": "（未割り当て）", "campaignsLabel": "キャンペーン", "verdictLabel": "判定", "scenarioLabel": "手口",
        "senderLabel": "送信者", "subjectLabel": "件名", "copiesLabel": "通数", "targetsLabel": "標的",
        "originLabel": "送信元IP", "noCampaign": "この案件に検知されたメールはありません。",
        "exportsLabel": "ダウンロード", "download": "ダウンロード", "analystVerdict": "分析者の判定",
        "setVerdict": "判定を変更", "reasonLabel": "理由", "bodyLabel": "本文（テキスト、リンクは無害化済み）",
        "attachmentsLabel": "添付ファイル", "typeLabel": "形式", "sizeLabel": "バイト数", "nameLabel": "名前",
        "showHTML": "HTMLソースを表示（テキストとして表示し、描画はしません）",
        "htmlLabel": "HTMLソース（テキスト、リンクは無害化済み）", "auditLabel": "監査ログ",
        "whenLabel": "日時", "whoLabel": "実行者", "actionLabel": "操作", "detailLabel": "内容", "addressLabel": "接続元",
        "decidedBy": "判定者", "tlpLabel": "TLP", "searchLabel": "検索", "campaignLabel": "キャンペーン",
        "fromLabel": "開始日", "toLabel": "終了日（この日を含まない）", "filterButton": "絞り込み", "previousLabel": "新しい順に戻る",
        "nextLabel": "さらに古いもの", "noReports": "該当する報告メールはありません。", "casesLabel": "案件",
        "moreCasesLabel": "件の古い案件は省略（上の報告メールから開けます）",
        "moveLabel": "キャンペーンを他の案件に統合、または新しい案件に分割", "newCaseOption": "（新しい案件：右に件名）",
        "newTitlePlaceholder": "新しい案件の件名", "moveButton": "移動",
        "intakeLabel": "報告用メールボックス", "intakeStarting": "接続中", "intakeReading": "受信中",
        "intakeFailing": "エラー", "intakeLastPass": "最終確認", "intakeTaken": "新しい報告",
        "intakeRepeats": "重複", "intakeUnreadable": "取り込めなかったもの", "intakeAnswers": "返信済み",
        "intakeAnswersFailed": "返信失敗",
        "intakeAnswersWritten": "返信の書き出し（送信なし）", "intakeError": "直近のエラー", "intakeRetry": "再試行まで（秒）",
      ]
    }
  }

  /// What an upload did, in words.
  static func uploaded(_ language: ReportLanguage, added: Int, repeats: Int, skipped: Int) -> String {
    switch language {
    case .en:
      "\(added) message(s) added, \(repeats) already in the case, \(skipped) file(s) could not be read."
    case .ja: "\(added)通を追加しました（既にあったもの\(repeats)通、読めなかったファイル\(skipped)件）。"
    }
  }

  /// A sweep's progress, in words.
  static func swept(_ language: ReportLanguage, scanned: Int, found: Int) -> String {
    switch language {
    case .en: "\(scanned) message(s) read, \(found) further cop\(found == 1 ? "y" : "ies") found."
    case .ja: "\(scanned)通を読み、新たな写し\(found)通を見つけました。"
    }
  }

  static let templates: [String: String] = [
    "layout-start": """
    <!DOCTYPE html><html lang="{{lang}}"><head><meta charset="utf-8">{{#refresh}}<meta http-equiv="refresh" content="{{refresh}}">{{/refresh}}
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} — becscope</title><link rel="stylesheet" href="/static/workbench.css"></head><body>
    <header><b>becscope</b>{{#user}}<a href="/">{{inbox}}</a>{{#admin}}<a href="/audit">{{auditLabel}}</a>{{/admin}}
    <span>{{name}} ({{role}})</span>{{/user}}<a href="/lang/en" lang="en">English</a><a href="/lang/ja" lang="ja">日本語</a>
    {{#user}}<form class="inline" method="post" action="/logout"><input type="hidden" name="csrf" value="{{csrf}}">
    <button type="submit">{{logout}}</button></form>{{/user}}</header><main>
    """,
    "layout-end": "</main></body></html>\n",
    "login": """
    {{> layout-start}}<h1>{{title}}</h1>{{#error}}<p class="error">{{error}}</p>{{/error}}
    <form method="post" action="/login"><input type="hidden" name="csrf" value="{{loginCSRF}}">
    <label>{{userLabel}} <input name="name" autocomplete="username" required></label>
    <label>{{passwordLabel}} <input name="password" type="password" autocomplete="current-password" required></label>
    <button type="submit">{{submit}}</button></form>{{> layout-end}}
    """,
    "inbox": """
    {{> layout-start}}<h1>{{title}}</h1>
    {{#intake}}<section class="intake {{state}}"><b>{{intakeLabel}}</b> {{mailbox}} — {{stateText}}{{#lastPass}} · {{intakeLastPass}} {{lastPass}}{{/lastPass}} ·
    {{intakeTaken}} {{added}} · {{intakeRepeats}} {{repeats}} · {{intakeUnreadable}} {{unreadable}} · {{intakeAnswers}} {{answersSent}}{{#answersWritten}} · {{intakeAnswersWritten}} {{answersWritten}}{{/answersWritten}}{{#answersFailed}} · {{intakeAnswersFailed}} {{answersFailed}}{{/answersFailed}}
    {{#lastError}}<p class="intake-error">{{intakeError}} ({{lastErrorAt}}): {{lastError}}{{#retry}} · {{intakeRetry}} {{retry}}{{/retry}}</p>{{/lastError}}
    {{#hasRecentUnreadable}}<ul class="intake-unreadable">{{#recentUnreadable}}<li>{{.}}</li>{{/recentUnreadable}}</ul>{{/hasRecentUnreadable}}</section>{{/intake}}
    <form class="filters" method="get" action="/"><label>{{searchLabel}} <input name="q" value="{{filter.q}}" maxlength="200"></label>
    <label>{{verdictLabel}} <select name="verdict" required><option value="">—</option>{{#verdicts}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/verdicts}}</select></label>
    <label>{{statusLabel}} <select name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/statuses}}</select></label>
    <label>{{campaignLabel}} <input name="campaign" value="{{filter.campaign}}" size="14"></label>
    <label>{{fromLabel}} <input name="from" type="date" value="{{filter.from}}"></label>
    <label>{{toLabel}} <input name="to" type="date" value="{{filter.to}}"></label>
    <button type="submit">{{filterButton}}</button></form>
    <p class="count">{{range}} / {{total}} {{#previous}}<a href="{{previous}}">← {{previousLabel}}</a>{{/previous}} {{#next}}<a href="{{next}}">{{nextLabel}} →</a>{{/next}}</p>
    <table class="reports"><tr><th>{{addedLabel}}</th><th>{{subjectLabel}}</th><th>{{senderLabel}}</th><th>{{reporterLabel}}</th><th>{{verdictLabel}}</th><th>{{scenarioLabel}}</th><th>{{campaignLabel}}</th><th>{{caseLabel}}</th><th>{{statusLabel}}</th></tr>
    {{#reports}}<tr><td>{{added}}</td><td><a href="/cases/{{caseID}}/messages/{{sha256}}">{{subject}}</a></td><td>{{sender}}</td><td>{{reporter}}</td><td>{{verdict}}</td><td>{{scenario}}</td><td>{{campaign}}</td><td><a href="/cases/{{caseID}}">{{case}}</a></td><td>{{status}}</td></tr>{{/reports}}
    </table>{{^reports}}<p>{{noReports}}</p>{{/reports}}
    <h2>{{casesLabel}}</h2>
    <table class="cases"><tr><th>{{caseLabel}}</th><th>{{statusLabel}}</th><th>{{ownerLabel}}</th><th>{{updatedLabel}}</th></tr>
    {{#cases}}<tr><td><a href="/cases/{{id}}">{{title}}</a></td><td>{{status}}</td><td>{{owner}}</td><td>{{updated}}</td></tr>{{/cases}}
    </table>{{^cases}}<p>{{empty}}</p>{{/cases}}{{#moreCases}}<p>{{moreCases}} {{moreCasesLabel}}</p>{{/moreCases}}
    {{#analyst}}<h2>{{newCase}}</h2><form method="post" action="/cases"><input type="hidden" name="csrf" value="{{user.csrf}}">
    <input name="title" required maxlength="200"> <button type="submit">{{create}}</button></form>{{/analyst}}{{> layout-end}}
    """,
    "case": """
    {{> layout-start}}<h1>{{title}}</h1><p>{{statusLabel}}: {{status}} · {{ownerLabel}}: {{owner}} · {{messagesLabel}}: {{count}} ·
    <a href="/cases/{{id}}/report">{{report}}</a></p>{{#result}}<p class="result">{{result}}</p>{{/result}}
    {{#analyst}}<div class="actions"><form method="post" action="/cases/{{id}}/status"><input type="hidden" name="csrf" value="{{user.csrf}}">
    <select name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/statuses}}</select>
    <button type="submit">{{setStatus}}</button></form>
    <form method="post" action="/cases/{{id}}/owner"><input type="hidden" name="csrf" value="{{user.csrf}}">
    <select name="owner"><option value="">{{nobody}}</option>{{#owners}}<option value="{{name}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/owners}}</select>
    <button type="submit">{{setOwner}}</button></form></div>{{/analyst}}
    <h2>{{campaignsLabel}}</h2>{{^campaigns}}<p>{{noCampaign}}</p>{{/campaigns}}
    <table class="campaigns"><tr><th>{{verdictLabel}}</th><th>{{scenarioLabel}}</th><th>{{senderLabel}}</th><th>{{subjectLabel}}</th><th>{{originLabel}}</th><th>{{copiesLabel}}</th><th>{{targetsLabel}}</th></tr>
    {{#campaigns}}<tr><td>{{label}}</td><td>{{scenario}}</td><td>{{senders}}</td><td>{{subject}}</td><td>{{origin}}</td><td>{{copies}}</td><td>{{targets}}</td></tr>{{/campaigns}}</table>
    {{#analyst}}{{#hasCampaigns}}<details><summary>{{moveLabel}}</summary>{{#campaigns}}<form class="move" method="post" action="/cases/{{id}}/campaigns/{{campaignID}}/move">
    <input type="hidden" name="csrf" value="{{user.csrf}}"><b>{{campaignID}}</b> → <select name="case"><option value="">{{newCaseOption}}</option>{{#otherCases}}<option value="{{id}}">{{title}}</option>{{/otherCases}}</select>
    <input name="title" maxlength="200" placeholder="{{newTitlePlaceholder}}"> <button type="submit">{{moveButton}}</button></form>{{/campaigns}}</details>{{/hasCampaigns}}{{/analyst}}
    <h2>{{exportsLabel}}</h2><div class="actions">{{#exports}}<form method="post" action="/cases/{{id}}/exports/{{name}}">
    <input type="hidden" name="csrf" value="{{user.csrf}}"><button type="submit">{{name}}</button></form>{{/exports}}</div>
    {{#analyst}}<h2>{{upload}}</h2><form method="post" action="/cases/{{id}}/upload" enctype="multipart/form-data">
    <input type="hidden" name="csrf" value="{{user.csrf}}"><input class="drop" type="file" name="files" multiple required>
    <button type="submit">{{send}}</button></form>
    <h2>{{sweepLabel}}</h2><p class="hint">{{sweepHint}}</p>
    <form method="post" action="/cases/{{id}}/sweeps" enctype="multipart/form-data"><input type="hidden" name="csrf" value="{{user.csrf}}">
    <input class="drop" type="file" name="files" multiple required> <button type="submit">{{sweepButton}}</button></form>
    {{#sweepRoot}}<form method="post" action="/cases/{{id}}/sweeps"><input type="hidden" name="csrf" value="{{user.csrf}}">
    <input name="path" required maxlength="4096" placeholder="{{sweepPathLabel}}"> <button type="submit">{{sweepButton}}</button></form>{{/sweepRoot}}{{/analyst}}
    {{#hasSweeps}}<ul class="sweeps">{{#sweepList}}<li><a href="/cases/{{id}}/sweeps/{{job}}">{{mailbox}}</a> — {{state}}: {{progress}}</li>{{/sweepList}}</ul>{{/hasSweeps}}
    <h2>{{messagesOf}}</h2><table class="messages"><tr><th>{{sourceLabel}}</th><th>{{kindLabel}}</th><th>{{reporterLabel}}</th><th>{{analystVerdict}}</th><th>{{addedLabel}}</th></tr>
    {{#messages}}<tr><td><a href="/cases/{{id}}/messages/{{sha256}}">{{source}}</a></td><td>{{kind}}</td><td>{{reporter}}</td><td>{{verdict}}</td><td>{{added}}</td></tr>{{/messages}}</table>
    {{#more}}<p>{{more}} {{moreMessages}}</p>{{/more}}
    <h2>{{notes}}</h2><ul class="notes">{{#noteList}}<li>{{at}} — {{text}}</li>{{/noteList}}</ul>
    {{#analyst}}<form method="post" action="/cases/{{id}}/notes"><input type="hidden" name="csrf" value="{{user.csrf}}">
    <textarea name="text" required maxlength="10000"></textarea> <button type="submit">{{addNote}}</button></form>{{/analyst}}
    <h2>{{exposureLabel}}</h2><p class="hint">{{exposureHint}}</p>{{#hasExposure}}<table class="exposure"><tr><th>{{employeeLabel}}</th><th>{{platformLabel}}</th><th>{{pageLabel}}</th><th>{{noteLabel}}</th><th>{{whoLabel}}</th></tr>
    {{#exposureList}}<tr><td>{{employee}}</td><td>{{platform}}</td><td>{{url}}</td><td>{{note}}</td><td>{{user}}</td></tr>{{/exposureList}}</table>{{/hasExposure}}
    {{#analyst}}<form class="exposure" method="post" action="/cases/{{id}}/exposure"><input type="hidden" name="csrf" value="{{user.csrf}}">
    <input name="employee" required maxlength="200" placeholder="{{employeeLabel}}"> <input name="platform" required maxlength="200" placeholder="{{platformLabel}}" list="platforms">
    <datalist id="platforms"><option value="LinkedIn"><option value="Eight"><option value="Wantedly"><option value="Facebook"><option value="X"><option value="conference"></datalist>
    <input name="url" maxlength="2000" placeholder="{{pageLabel}}"> <input name="note" maxlength="2000" placeholder="{{noteLabel}}"> <button type="submit">{{addExposure}}</button></form>{{/analyst}}
    {{> layout-end}}
    """,
    "sweep": """
    {{> layout-start}}<p><a href="/cases/{{id}}">← {{caseTitle}}</a></p><h1>{{title}}</h1>
    <p>{{mailbox}} — <b>{{state}}</b></p>
    {{#running}}<progress class="sweep" aria-label="{{title}}"></progress>{{/running}}{{^running}}<progress class="sweep" value="1" max="1"></progress>{{/running}}
    <p>{{progress}} ({{elapsed}} s)</p>{{#error}}<p class="error">{{error}}</p>{{/error}}
    {{> layout-end}}
    """,
    "message": """
    {{> layout-start}}<p><a href="/cases/{{caseID}}">←</a></p><h1>{{title}}</h1>
    {{#decided}}<p class="decided">{{analystVerdict}}: <b>{{verdict}}</b> ({{decidedBy}} {{user}}): {{reason}}</p>{{/decided}}
    {{#analyst}}<form method="post" action="/cases/{{caseID}}/messages/{{sha256}}/verdict"><input type="hidden" name="csrf" value="{{user.csrf}}">
    <label>{{analystVerdict}} <select name="verdict" required><option value="">—</option>{{#verdicts}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/verdicts}}</select></label>
    <label>{{reasonLabel}} <input name="reason" required maxlength="2000" size="60"></label>
    <button type="submit">{{setVerdict}}</button></form>{{/analyst}}
    <h2>{{analysisLabel}}</h2><pre class="analysis">{{#analysis}}{{.}}\n{{/analysis}}</pre>
    <h2>{{attachmentsLabel}}</h2><table class="attachments"><tr><th>{{nameLabel}}</th><th>{{typeLabel}}</th><th>{{sizeLabel}}</th><th>SHA-256</th><th></th></tr>
    {{#attachments}}<tr><td>{{name}}</td><td>{{type}}</td><td>{{size}}</td><td>{{sha256}}</td><td>{{#analyst}}<form method="post" action="/cases/{{caseID}}/messages/{{sha256message}}/attachments/{{part}}">
    <input type="hidden" name="csrf" value="{{user.csrf}}"><button type="submit">{{download}}</button></form>{{/analyst}}</td></tr>{{/attachments}}</table>
    <h2>{{bodyLabel}}</h2><pre class="body">{{#body}}{{.}}\n{{/body}}</pre>
    {{#hasHTML}}<p><a href="/cases/{{caseID}}/messages/{{sha256}}?html=1">{{showHTML}}</a></p>{{/hasHTML}}
    {{#htmlSource}}<h2>{{htmlLabel}}</h2><pre class="html-source">{{#htmlSource}}{{.}}\n{{/htmlSource}}</pre>{{/htmlSource}}
    <h2>{{headersLabel}}</h2><table>{{#headers}}<tr><th>{{name}}</th><td>{{value}}</td></tr>{{/headers}}</table>
    {{> layout-end}}
    """,
    "audit": """
    {{> layout-start}}<h1>{{title}}</h1><table class="audit"><tr><th>{{whenLabel}}</th><th>{{whoLabel}}</th><th>{{actionLabel}}</th><th>{{addressLabel}}</th><th>{{caseLabel}}</th><th>{{detailLabel}}</th></tr>
    {{#entries}}<tr><td>{{at}}</td><td>{{user}}</td><td>{{action}}</td><td>{{address}}</td><td>{{#caseID}}<a href="/cases/{{caseID}}">{{caseID}}</a>{{/caseID}}</td><td>{{detail}}</td></tr>{{/entries}}</table>
    {{> layout-end}}
    """,
    "error": """
    {{> layout-start}}<h1>{{title}}</h1><p>{{detail}}</p>{{> layout-end}}
    """,
  ]
}
