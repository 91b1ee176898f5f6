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
    header a,header button{color:#fff}main{max-width:68rem;margin:1rem auto;padding:0 1rem}
    table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;overflow-wrap:anywhere}
    th{background:#eee}.error{color:#a00;font-weight:bold}form.inline{display:inline;margin-left:auto}
    label{display:block;margin:.5rem 0}input{font:inherit;padding:.2rem}
    pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f6f6;padding:.5rem}
    """

  /// The pages' words in English and Japanese (the browser's `Accept-Language` chooses).
  static func words(_ language: ReportLanguage) -> [String: String] {
    switch language {
    case .en:
      [
        "lang": "en", "signIn": "Sign in", "userLabel": "User", "passwordLabel": "Password", "inbox": "Cases",
        "logout": "Sign out", "caseLabel": "Case", "statusLabel": "Status", "messagesLabel": "Messages",
        "updatedLabel": "Updated", "empty": "No case yet: run becscope investigate on this store, or upload reports.",
        "wrongPassword": "Wrong user name or password.", "expired": "The sign-in form expired; try again.",
        "throttled": "Too many failed attempts; wait and try again.", "newCase": "New case", "create": "Create",
        "report": "Report", "notes": "Notes", "addNote": "Add a note",
        "upload": "Upload reported mail (.eml, .msg, mbox)",
        "send": "Upload", "messagesOf": "Messages", "sourceLabel": "File", "kindLabel": "How",
        "reporterLabel": "Reporter",
        "addedLabel": "Added", "moreMessages": "more messages (see the report)", "setStatus": "Set status",
        "analysisLabel": "Analysis", "headersLabel": "Header fields",
      ]
    case .ja:
      [
        "lang": "ja", "signIn": "サインイン", "userLabel": "ユーザー名", "passwordLabel": "パスワード", "inbox": "案件一覧",
        "logout": "サインアウト", "caseLabel": "案件", "statusLabel": "状態", "messagesLabel": "メール数",
        "updatedLabel": "更新日時", "empty": "案件はまだありません。このストアで becscope investigate を実行するか、報告メールをアップロードしてください。",
        "wrongPassword": "ユーザー名またはパスワードが正しくありません。", "expired": "サインイン画面の有効期限が切れました。もう一度お試しください。",
        "throttled": "失敗が続いたため、しばらく待ってから再度お試しください。", "newCase": "新しい案件", "create": "作成",
        "report": "調査報告書", "notes": "メモ", "addNote": "メモを追加", "upload": "報告メールをアップロード（.eml、.msg、mbox）",
        "send": "アップロード", "messagesOf": "メール", "sourceLabel": "ファイル", "kindLabel": "経路", "reporterLabel": "報告者",
        "addedLabel": "追加日時", "moreMessages": "通は省略（報告書を参照）", "setStatus": "状態を変更",
        "analysisLabel": "分析結果", "headersLabel": "ヘッダー",
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

  static let templates: [String: String] = [
    "layout-start": """
    <!DOCTYPE html><html lang="{{lang}}"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} — becscope</title><link rel="stylesheet" href="/static/workbench.css"></head><body>
    <header><b>becscope</b>{{#user}}<a href="/">{{inbox}}</a><span>{{name}} ({{role}})</span>
    <form class="inline" method="post" action="/logout"><input type="hidden" name="csrf" value="{{csrf}}">
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
    <table><tr><th>{{caseLabel}}</th><th>{{statusLabel}}</th><th>{{messagesLabel}}</th><th>{{updatedLabel}}</th></tr>
    {{#cases}}<tr><td><a href="/cases/{{id}}">{{title}}</a></td><td>{{status}}</td><td>{{messages}}</td><td>{{updated}}</td></tr>{{/cases}}
    </table>{{^cases}}<p>{{empty}}</p>{{/cases}}
    <h2>{{newCase}}</h2><form method="post" action="/cases"><input type="hidden" name="csrf" value="{{user.csrf}}">
    <input name="title" required maxlength="200"> <button type="submit">{{create}}</button></form>{{> layout-end}}
    """,
    "case": """
    {{> layout-start}}<h1>{{title}}</h1><p>{{statusLabel}}: {{status}} · {{messagesLabel}}: {{count}} ·
    <a href="/cases/{{id}}/report">{{report}}</a></p>{{#result}}<p>{{result}}</p>{{/result}}
    {{#analyst}}<form method="post" action="/cases/{{id}}/status"><input type="hidden" name="csrf" value="{{user.csrf}}">
    <select name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/statuses}}</select>
    <button type="submit">{{setStatus}}</button></form>{{/analyst}}
    {{#analyst}}<h2>{{upload}}</h2><form method="post" action="/cases/{{id}}/upload" enctype="multipart/form-data">
    <input type="hidden" name="csrf" value="{{user.csrf}}"><input type="file" name="files" multiple required>
    <button type="submit">{{send}}</button></form>{{/analyst}}
    <h2>{{messagesOf}}</h2><table><tr><th>{{sourceLabel}}</th><th>{{kindLabel}}</th><th>{{reporterLabel}}</th><th>{{addedLabel}}</th></tr>
    {{#messages}}<tr><td><a href="/cases/{{id}}/messages/{{sha256}}">{{source}}</a></td><td>{{kind}}</td><td>{{reporter}}</td><td>{{added}}</td></tr>{{/messages}}</table>
    {{#more}}<p>{{more}} {{moreMessages}}</p>{{/more}}
    <h2>{{notes}}</h2><ul>{{#notes}}<li>{{at}} — {{text}}</li>{{/notes}}</ul>
    {{#analyst}}<form method="post" action="/cases/{{id}}/notes"><input type="hidden" name="csrf" value="{{user.csrf}}">
    <textarea name="text" required maxlength="10000"></textarea> <button type="submit">{{addNote}}</button></form>{{/analyst}}
    {{> layout-end}}
    """,
    "message": """
    {{> layout-start}}<p><a href="/cases/{{caseID}}">←</a></p><h1>{{title}}</h1>
    <h2>{{analysisLabel}}</h2><pre>{{analysis}}</pre>
    <h2>{{headersLabel}}</h2><table>{{#headers}}<tr><th>{{name}}</th><td>{{value}}</td></tr>{{/headers}}</table>
    {{> layout-end}}
    """,
    "error": """
    {{> layout-start}}<h1>{{title}}</h1><p>{{detail}}</p>{{> layout-end}}
    """,
  ]
}
