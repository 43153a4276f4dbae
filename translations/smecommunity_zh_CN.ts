<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CredentialStore</name>
    <message>
        <source>No saved sign-in was found. Sign in.</source>
        <translation>未找到已保存的登录信息。请登录。</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the sign-in cannot be remembered. Install and unlock a keychain (for example GNOME Keyring or KWallet), or sign in each time.</source>
        <translation>此计算机上没有可用的密钥环，因此无法记住登录信息。请安装并解锁一个密钥环（例如 GNOME Keyring 或 KWallet），或每次都重新登录。</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and try again.</source>
        <translation>密钥环拒绝访问。请将其解锁后重试。</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>密钥环报告了一个错误。</translation>
    </message>
</context>
<context>
    <name>ServerUrlPolicy</name>
    <message>
        <source>Enter the address of the server.</source>
        <translation>请输入服务器地址。</translation>
    </message>
    <message>
        <source>This is not a valid server address. Use the form https://community.example.org.</source>
        <translation>这不是有效的服务器地址。请使用 https://community.example.org 这样的格式。</translation>
    </message>
    <message>
        <source>Only https:// server addresses are supported.</source>
        <translation>仅支持 https:// 服务器地址。</translation>
    </message>
    <message>
        <source>Unencrypted http:// is only allowed to this computer (localhost). Use https://.</source>
        <translation>未加密的 http:// 仅允许连接到本计算机（localhost）。请使用 https://。</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address.</source>
        <translation>服务器地址中不要包含用户名和密码。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>“%1”不是 true 或 false。</translation>
    </message>
    <message>
        <source>csv, md (Markdown) or pdf.</source>
        <translation>csv、md（Markdown）或 pdf。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Only practices of pillar P.</source>
        <translation>仅限支柱 P 的实践。</translation>
    </message>
    <message>
        <source>Only practices of country ISO3.</source>
        <translation>仅限国家 ISO3 的实践。</translation>
    </message>
    <message>
        <source>export needs --format csv|md|pdf and --out FILE.</source>
        <translation>export 需要 --format csv|md|pdf 和 --out FILE。</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use csv, md or pdf.</source>
        <translation>未知的导出格式“%1”；请使用 csv、md 或 pdf。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported %1 practice(s) to %2.</source>
        <translation>已将 %1 项实践导出到 %2。</translation>
    </message>
    <message>
        <source>The CSV file: a header row of field names, one practice per row.</source>
        <translation>CSV 文件：第一行为字段名，每行一项实践。</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation>检查每一行并报告；不写入任何内容。</translation>
    </message>
    <message>
        <source>import needs --file PRACTICES.csv.</source>
        <translation>import 需要 --file PRACTICES.csv。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>%1 不是 UTF-8 文本；请将其另存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>%1 is empty: it needs a header row of field names (title, summary, country, pillars...) and one practice per row.</source>
        <translation>%1 为空：它需要一行字段名（title、summary、country、pillars……），并且每行一项实践。</translation>
    </message>
    <message>
        <source>%1, line %2: column %3 &quot;%4&quot; is not a practice field that can be imported. Use the field names of the practice schema (title, summary, body, country, pillars, instrument...).</source>
        <translation>%1，第 %2 行：第 %3 列“%4”不是可以导入的实践字段。请使用实践模式中的字段名（title、summary、body、country、pillars、instrument……）。</translation>
    </message>
    <message>
        <source>%1: column &quot;%2&quot; appears twice.</source>
        <translation>%1：列“%2”出现了两次。</translation>
    </message>
    <message>
        <source>%1 cells, but the header has %2 columns.</source>
        <translation>%1 个单元格，但标题行有 %2 列。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id; leave it empty.</source>
        <translation>“%1”不是记录 ID；请留空。</translation>
    </message>
    <message>
        <source>a record with this id already exists; change it with &quot;edit&quot; or leave the id empty.</source>
        <translation>已存在具有此 ID 的记录；请用“edit”修改它，或将 ID 留空。</translation>
    </message>
    <message>
        <source>imported practices are drafts; leave the status empty or write draft, and submit them afterwards.</source>
        <translation>导入的实践为草稿；请将状态留空或写 draft，之后再提交。</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3): %4</source>
        <translation>%1，第 %2 行记录（文件第 %3 行）：%4</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3), field %4: %5</source>
        <translation>%1，第 %2 行记录（文件第 %3 行），字段 %4：%5</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 row(s) valid, %3 with problems; nothing was written.</source>
        <translation>试运行：%2 行中 %1 行有效，%3 行有问题；未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write the local database</source>
        <translation>无法写入本地数据库</translation>
    </message>
    <message>
        <source>Nothing was imported; the local database refused a row</source>
        <translation>未导入任何内容；本地数据库拒绝了一行</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>Imported %1 of %2 row(s) as drafts; %3 row(s) with problems were skipped (see above). The next sync sends the drafts.</source>
        <translation>已将 %2 行中的 %1 行导入为草稿；跳过了 %3 行有问题的记录（见上文）。下次同步时将发送这些草稿。</translation>
    </message>
    <message>
        <source>Imported %1 practice(s) as drafts; the next sync sends them.</source>
        <translation>已将 %1 项实践导入为草稿；下次同步时将发送它们。</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of %2.</source>
        <translation>未知的类型“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Cannot read the local database</source>
        <translation>无法读取本地数据库</translation>
    </message>
    <message>
        <source>No record with id %1 in this profile; &quot;list&quot; and &quot;search&quot; show ids, &quot;sync&quot; fetches new records.</source>
        <translation>此配置文件中没有 ID 为 %1 的记录；“list”和“search”会显示 ID，“sync”会获取新记录。</translation>
    </message>
    <message>
        <source>A %1 has no field %2. Its fields are: %3.</source>
        <translation>%1 没有字段 %2。它的字段有：%3。</translation>
    </message>
    <message>
        <source>Nothing was saved; correct the fields above.</source>
        <translation>未保存任何内容；请更正上述字段。</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>不允许：%1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>%1 is a %2; only practices are submitted and withdrawn.</source>
        <translation>%1 是 %2；只有实践可以提交和撤回。</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 已经是 %2。</translation>
    </message>
    <message>
        <source>Cannot move %1 from %2 to %3: %4</source>
        <translation>无法将 %1 从 %2 改为 %3：%4</translation>
    </message>
    <message>
        <source>Submitted %1; the next sync sends it for review.</source>
        <translation>已提交 %1；下次同步时将其发送审核。</translation>
    </message>
    <message>
        <source>Withdrew %1 to draft; the next sync sends the change.</source>
        <translation>已将 %1 撤回为草稿；下次同步时将发送此更改。</translation>
    </message>
    <message>
        <source>Unknown pillar &quot;%1&quot;; use one of %2.</source>
        <translation>未知的支柱“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown country code &quot;%1&quot;; use an ISO 3166-1 alpha-3 code such as KEN.</source>
        <translation>未知的国家代码“%1”；请使用 ISO 3166-1 三字母代码，例如 KEN。</translation>
    </message>
    <message>
        <source>A %1 has no status to filter on.</source>
        <translation>%1 没有可用于筛选的状态。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; for a %2; use one of %3.</source>
        <translation>%2 没有状态“%1”；请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>Sign in first (&quot;login&quot;): joining, declining and leaving are done for your country.</source>
        <translation>请先登录（“login”）：加入、拒绝和退出均以您的国家名义进行。</translation>
    </message>
    <message>
        <source>Only a country&apos;s delegates join, decline or leave initiatives for it; you are signed in as %1.</source>
        <translation>只有一个国家的代表才能代表该国加入、拒绝或退出倡议；您当前以 %1 身份登录。</translation>
    </message>
    <message>
        <source>%1 is a %2; countries join, decline and leave initiatives.</source>
        <translation>%1 是 %2；由国家加入、拒绝和退出倡议。</translation>
    </message>
    <message>
        <source>%1 has already joined %2.</source>
        <translation>%1 已经加入 %2。</translation>
    </message>
    <message>
        <source>%1 is not invited to %2; its lead country or the secretariat invites partners.</source>
        <translation>%1 未被邀请加入 %2；伙伴国由牵头国或秘书处邀请。</translation>
    </message>
    <message>
        <source>%1 joined %2; the next sync sends it.</source>
        <translation>%1 已加入 %2；下次同步时将发送。</translation>
    </message>
    <message>
        <source>%1 has joined %2; use &quot;leave&quot; to take it out.</source>
        <translation>%1 已加入 %2；请用“leave”退出。</translation>
    </message>
    <message>
        <source>%1 is not invited to %2.</source>
        <translation>%1 未被邀请加入 %2。</translation>
    </message>
    <message>
        <source>%1 declined %2; the next sync sends it.</source>
        <translation>%1 已拒绝 %2；下次同步时将发送。</translation>
    </message>
    <message>
        <source>%1 has not joined %2; use &quot;decline&quot; to refuse the invitation.</source>
        <translation>%1 尚未加入 %2；请用“decline”拒绝邀请。</translation>
    </message>
    <message>
        <source>%1 is not a partner of %2.</source>
        <translation>%1 不是 %2 的伙伴国。</translation>
    </message>
    <message>
        <source>%1 left %2; the next sync sends it.</source>
        <translation>%1 已退出 %2；下次同步时将发送。</translation>
    </message>
    <message>
        <source>Only records of pillar P (digital, finance, green).</source>
        <translation>仅限支柱 P（digital、finance、green）的记录。</translation>
    </message>
    <message>
        <source>Only records of country ISO3 (alpha-3 code, e.g. KEN).</source>
        <translation>仅限国家 ISO3（三字母代码，例如 KEN）的记录。</translation>
    </message>
    <message>
        <source>Only records in status S (draft, submitted, published...).</source>
        <translation>仅限状态 S（draft、submitted、published……）的记录。</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation>在标准输出上打印一个 JSON 文档。</translation>
    </message>
    <message>
        <source>Only commitments or threads of meeting ID.</source>
        <translation>仅限会议 ID 的承诺或讨论主题。</translation>
    </message>
    <message>
        <source>Say what to count by with --by, e.g. --by pillar.</source>
        <translation>请用 --by 指定计数依据，例如 --by pillar。</translation>
    </message>
    <message>
        <source>Cannot count</source>
        <translation>无法计数</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 record(s) in all; one with several values counts under each.</source>
        <translation>共 %1 条记录；具有多个值的记录在每个值下都计数。</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>搜索失败</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <source>id:       %1</source>
        <translation>ID：     %1</translation>
    </message>
    <message>
        <source>kind:     %1</source>
        <translation>类型：   %1</translation>
    </message>
    <message>
        <source>rev:      %1</source>
        <translation>修订号： %1</translation>
    </message>
    <message>
        <source>state:    %1</source>
        <translation>状态：   %1</translation>
    </message>
    <message>
        <source>updated:  %1</source>
        <translation>更新于： %1</translation>
    </message>
    <message>
        <source>rejected: %1 (%2)</source>
        <translation>被拒绝： %1（%2）</translation>
    </message>
    <message>
        <source>JSON object of fields (&quot;-&quot; reads standard input).</source>
        <translation>字段的 JSON 对象（“-”表示从标准输入读取）。</translation>
    </message>
    <message>
        <source>create needs --file FIELDS.json.</source>
        <translation>create 需要 --file FIELDS.json。</translation>
    </message>
    <message>
        <source>Set FIELD to VALUE (JSON when it parses, else text); repeatable.</source>
        <translation>将 FIELD 设为 VALUE（能解析为 JSON 时按 JSON，否则按文本）；可重复。</translation>
    </message>
    <message>
        <source>JSON object of the fields to replace (&quot;-&quot; reads standard input).</source>
        <translation>要替换的字段的 JSON 对象（“-”表示从标准输入读取）。</translation>
    </message>
    <message>
        <source>edit needs either --set FIELD=VALUE (repeatable) or --file FIELDS.json.</source>
        <translation>edit 需要 --set FIELD=VALUE（可重复）或 --file FIELDS.json。</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, for example --set start_year=2020; got &quot;%1&quot;.</source>
        <translation>--set 的格式为 FIELD=VALUE，例如 --set start_year=2020；收到的是“%1”。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <source>Saved %1; the next sync sends it.</source>
        <translation>已保存 %1；下次同步时将发送。</translation>
    </message>
    <message>
        <source>Not signed in. Sign in first: smecommunity-cli --profile %1 login --server URL --username NAME --password-stdin</source>
        <translation>尚未登录。请先登录：smecommunity-cli --profile %1 login --server URL --username NAME --password-stdin</translation>
    </message>
    <message>
        <source>The server address of this profile cannot be used</source>
        <translation>此配置文件的服务器地址无法使用</translation>
    </message>
    <message>
        <source>Not signed in: %1 Sign in again with login.</source>
        <translation>尚未登录：%1 请用 login 重新登录。</translation>
    </message>
    <message>
        <source>Cannot use the trusted CA file of this profile</source>
        <translation>无法使用此配置文件的受信任 CA 文件</translation>
    </message>
    <message>
        <source>The server %1 no longer accepts this sign-in (%2). Sign in again with login.</source>
        <translation>服务器 %1 不再接受此登录（%2）。请用 login 重新登录。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). If the server uses a private certificate authority, sign in again with --ca-cert FILE.</source>
        <translation>与 %1 的安全连接失败（%2）。如果服务器使用私有证书颁发机构，请使用 --ca-cert FILE 重新登录。</translation>
    </message>
    <message>
        <source>%2 (%1). Your local edits are kept; run sync again later.</source>
        <translation>%2（%1）。您的本地编辑已保留；请稍后再次运行 sync。</translation>
    </message>
    <message>
        <source>The sync with %1 failed: %2</source>
        <translation>与 %1 同步失败：%2</translation>
    </message>
    <message>
        <source>Server address (https://..., or http:// on this computer only).</source>
        <translation>服务器地址（https://...，或仅限本计算机的 http://）。</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>用户名。</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>从标准输入读取密码。</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in FILE (PEM).</source>
        <translation>同时信任 FILE（PEM）中的证书颁发机构。</translation>
    </message>
    <message>
        <source>Keep the token in DIR/token (mode 0600) instead of the keychain.</source>
        <translation>将令牌保存在 DIR/token（权限 0600）中，而不是密钥环中。</translation>
    </message>
    <message>
        <source>login needs --server URL and --username U.</source>
        <translation>login 需要 --server URL 和 --username U。</translation>
    </message>
    <message>
        <source>login reads the password from standard input only, so that it never shows in the process list: pass --password-stdin, for example printf &apos;%s&apos; &quot;$PASSWORD&quot; | smecommunity-cli login ... --password-stdin</source>
        <translation>login 只从标准输入读取密码，这样密码永远不会出现在进程列表中：请传入 --password-stdin，例如 printf &apos;%s&apos; &quot;$PASSWORD&quot; | smecommunity-cli login ... --password-stdin</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>无法读取 CA 证书文件 %1。</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>标准输入中没有密码。</translation>
    </message>
    <message>
        <source>The server refused the user name or password for &quot;%1&quot;. Check them and try again.</source>
        <translation>服务器拒绝了“%1”的用户名或密码。请检查后重试。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for &quot;%1&quot;: %2 Wait a little and try again.</source>
        <translation>“%1”登录失败次数过多：%2 请稍等片刻再试。</translation>
    </message>
    <message>
        <source>The server accepted the sign-in, but the token cannot be kept in the system keychain: %1
Not signed in. To keep the token in a file only you can read (mode 0600) in the profile instead, sign in again with --token-file.</source>
        <translation>服务器接受了登录，但无法将令牌保存在系统密钥环中：%1
尚未登录。如要改为将令牌保存在配置文件中一个只有您能读取的文件里（权限 0600），请使用 --token-file 重新登录。</translation>
    </message>
    <message>
        <source>Cannot use the server address &quot;%1&quot;</source>
        <translation>无法使用服务器地址“%1”</translation>
    </message>
    <message>
        <source>Cannot sign in at %1: %2</source>
        <translation>无法在 %1 登录：%2</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3, %4). The token is kept %5.</source>
        <translation>已以 %2（%3，%4）身份登录 %1。令牌保存在%5。</translation>
    </message>
    <message>
        <source>in %1 (readable by you only)</source>
        <translation>%1 中（仅您可读）</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>系统密钥环中</translation>
    </message>
    <message>
        <source>Not signed in; nothing to do.</source>
        <translation>尚未登录；无需操作。</translation>
    </message>
    <message>
        <source>Could not revoke the token on %1 (%2); it is forgotten here and expires on the server by itself.</source>
        <translation>无法在 %1 上吊销令牌（%2）；令牌已在本地删除，并将在服务器上自行过期。</translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation>无法保存配置文件</translation>
    </message>
    <message>
        <source>Signed out, but the token could not be removed from the keychain: %1</source>
        <translation>已退出登录，但无法从密钥环中删除令牌：%1</translation>
    </message>
    <message>
        <source>Signed out of %1. Local records stay in the profile.</source>
        <translation>已退出 %1。本地记录保留在配置文件中。</translation>
    </message>
    <message>
        <source>Sending local edits: %1 of %2</source>
        <translation>正在发送本地编辑：%1 / %2</translation>
    </message>
    <message>
        <source>Receiving changes: %1 of about %2</source>
        <translation>正在接收更改：%1 / 约 %2</translation>
    </message>
    <message>
        <source>Receiving changes: %1</source>
        <translation>正在接收更改：%1</translation>
    </message>
    <message>
        <source>Synced with %1: %2 received, %3 sent.</source>
        <translation>已与 %1 同步：接收 %2，发送 %3。</translation>
    </message>
    <message>
        <source>%1 record(s) changed both here and on the server: see them with &quot;conflicts&quot; and settle each with &quot;resolve ID --take mine|theirs&quot;.</source>
        <translation>%1 条记录在本地和服务器上都被更改：请用“conflicts”查看，并用“resolve ID --take mine|theirs”逐一解决。</translation>
    </message>
    <message>
        <source>The server rejected %1 edit(s); &quot;status&quot; and &quot;show ID&quot; tell why. Edit the record again to send a corrected version.</source>
        <translation>服务器拒绝了 %1 项编辑；“status”和“show ID”会说明原因。请再次编辑记录以发送更正后的版本。</translation>
    </message>
    <message>
        <source>Server:     %1 (signed in as %2)</source>
        <translation>服务器：   %1（以 %2 身份登录）</translation>
    </message>
    <message>
        <source>Server:     none (not signed in)</source>
        <translation>服务器：   无（未登录）</translation>
    </message>
    <message>
        <source>Last sync:  %1</source>
        <translation>上次同步： %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Pending:    %1</source>
        <translation>待发送：   %1</translation>
    </message>
    <message>
        <source>Conflicts:  %1</source>
        <translation>冲突：     %1</translation>
    </message>
    <message>
        <source>Rejected:   %1</source>
        <translation>被拒绝：   %1</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1：%2（%3）</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>  deleted here, changed on the server</source>
        <translation>  本地已删除，服务器上已更改</translation>
    </message>
    <message>
        <source>  deleted on the server, changed here</source>
        <translation>  服务器上已删除，本地已更改</translation>
    </message>
    <message>
        <source>    hunk %1</source>
        <translation>    片段 %1</translation>
    </message>
    <message>
        <source>      base:   %1</source>
        <translation>      基准：   %1</translation>
    </message>
    <message>
        <source>      mine:   %1</source>
        <translation>      我的：   %1</translation>
    </message>
    <message>
        <source>      theirs: %1</source>
        <translation>      服务器： %1</translation>
    </message>
    <message>
        <source>    base:   %1</source>
        <translation>    基准：   %1</translation>
    </message>
    <message>
        <source>    mine:   %1</source>
        <translation>    我的：   %1</translation>
    </message>
    <message>
        <source>    theirs: %1</source>
        <translation>    服务器： %1</translation>
    </message>
    <message>
        <source>mine: your values for the conflicting fields (changes made only on the server are kept); theirs: the server&apos;s version as it is.</source>
        <translation>mine：您对冲突字段的值（只在服务器上做的更改会保留）；theirs：服务器上的版本原样。</translation>
    </message>
    <message>
        <source>A field to give a value of your own (repeatable).</source>
        <translation>要由您自己赋值的字段（可重复）。</translation>
    </message>
    <message>
        <source>With one --field and --take mine|theirs|both: resolves only hunk N of that text field (both: mine, then theirs). The record leaves the conflict state with its last hunk.</source>
        <translation>与一个 --field 和 --take mine|theirs|both 一起使用：只解决该文本字段的第 N 个片段（both：先我的，后服务器的）。解决最后一个片段后，记录退出冲突状态。</translation>
    </message>
    <message>
        <source>The value of the matching --field: JSON when it parses, else text. Other fields are resolved as with --take mine.</source>
        <translation>对应 --field 的值：能解析为 JSON 时按 JSON，否则按文本。其他字段按 --take mine 解决。</translation>
    </message>
    <message>
        <source>resolve --hunk needs one --field F, a hunk number N and --take mine|theirs|both.</source>
        <translation>resolve --hunk 需要一个 --field F、片段编号 N 和 --take mine|theirs|both。</translation>
    </message>
    <message>
        <source>No conflict for %1; &quot;conflicts&quot; lists them.</source>
        <translation>%1 没有冲突；“conflicts”会列出冲突。</translation>
    </message>
    <message>
        <source>%1 has no hunk %2 in field &quot;%3&quot;; &quot;conflicts&quot; lists them.</source>
        <translation>%1 的字段“%3”中没有片段 %2；“conflicts”会列出片段。</translation>
    </message>
    <message>
        <source>Cannot resolve the conflict</source>
        <translation>无法解决冲突</translation>
    </message>
    <message>
        <source>Resolved the last hunk of %1; it is sent by the next sync.</source>
        <translation>已解决 %1 的最后一个片段；下次同步时将发送。</translation>
    </message>
    <message numerus="yes">
        <source>Resolved hunk %1 of %2; %n left to resolve.</source>
        <translation>
            <numerusform>已解决 %2 的片段 %1；还有 %n 个待解决。</numerusform>
        </translation>
    </message>
    <message>
        <source>resolve needs either --take mine|theirs or --field F --value V.</source>
        <translation>resolve 需要 --take mine|theirs 或 --field F --value V。</translation>
    </message>
    <message>
        <source>Give one --value for each --field.</source>
        <translation>每个 --field 需要一个 --value。</translation>
    </message>
    <message>
        <source>--take is either mine or theirs, not &quot;%1&quot;.</source>
        <translation>--take 只能是 mine 或 theirs，而不是“%1”。</translation>
    </message>
    <message>
        <source>Took the server&apos;s version of %1; your edit is dropped.</source>
        <translation>已采用服务器上的 %1 版本；您的编辑已放弃。</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Kept your deletion of %1; it is sent by the next sync.</source>
        <translation>已保留您对 %1 的删除；下次同步时将发送。</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>%1 没有字段“%2”。</translation>
    </message>
    <message>
        <source>The conflict is not resolved; fix the values above.</source>
        <translation>冲突未解决；请更正上述值。</translation>
    </message>
    <message>
        <source>Kept your version of %1; it is sent by the next sync.</source>
        <translation>已保留您的 %1 版本；下次同步时将发送。</translation>
    </message>
    <message>
        <source>Resolved %1 with your values; it is sent by the next sync.</source>
        <translation>已用您的值解决 %1；下次同步时将发送。</translation>
    </message>
    <message>
        <source>The file ends inside a quoted cell that starts on line %1.</source>
        <translation>文件在第 %1 行开始的带引号单元格内意外结束。</translation>
    </message>
    <message>
        <source>Signs in and remembers the server and user in the profile. The password is read from standard input. The token is kept in the system keychain, or with --token-file in a file only you can read (mode 0600) in the profile.</source>
        <translation>登录并在配置文件中记住服务器和用户。密码从标准输入读取。令牌保存在系统密钥环中；使用 --token-file 时则保存在配置文件中一个只有您能读取的文件里（权限 0600）。</translation>
    </message>
    <message>
        <source>Signs out: revokes the token on the server when it can be reached and always forgets it locally. Local records stay.</source>
        <translation>退出登录：服务器可以访问时在服务器上吊销令牌，并始终在本地删除令牌。本地记录会保留。</translation>
    </message>
    <message>
        <source>Sends local edits to the server and fetches what changed there. Exits with 6 when conflicts or rejected edits remain.</source>
        <translation>将本地编辑发送到服务器，并获取服务器上的更改。仍有冲突或被拒绝的编辑时以退出码 6 结束。</translation>
    </message>
    <message>
        <source>Shows pending edits, conflicts, rejected edits, the last sync and the server.</source>
        <translation>显示待发送的编辑、冲突、被拒绝的编辑、上次同步时间和服务器。</translation>
    </message>
    <message>
        <source>Lists records of one kind (practice, thread, post, meeting, commitment, initiative), newest first, optionally filtered. For initiatives, --country matches the lead and the partner countries.</source>
        <translation>列出一种记录（practice、thread、post、meeting、commitment、initiative），最新的在前，可加筛选。对于倡议，--country 匹配牵头国和伙伴国。</translation>
    </message>
    <message>
        <source>Counts records of one kind (practices, commitments...) by pillar, region, country, status, instrument, target group, evidence level, start year or meeting; the same filters give the same records as &quot;list&quot;.</source>
        <translation>按支柱、区域、国家、状态、工具、目标群体、证据级别、起始年份或会议对一种记录（实践、承诺……）计数；相同的筛选条件与“list”得到相同的记录。</translation>
    </message>
    <message>
        <source>Full-text search over practices and posts, best match first.</source>
        <translation>在实践和帖子中进行全文搜索，最佳匹配在前。</translation>
    </message>
    <message>
        <source>Shows one record with all its fields.</source>
        <translation>显示一条记录及其所有字段。</translation>
    </message>
    <message>
        <source>Creates a record from a JSON object of fields (&quot;-&quot; reads standard input) and prints its id. Sent by the next sync.</source>
        <translation>根据字段的 JSON 对象创建一条记录（“-”表示从标准输入读取）并打印其 ID。在下次同步时发送。</translation>
    </message>
    <message>
        <source>Changes fields of a record. --set values are JSON when they parse as JSON (--set &apos;pillars=[&quot;green&quot;]&apos;, --set start_year=2020) and text otherwise; --file replaces the fields it names. Sent by the next sync.</source>
        <translation>修改记录的字段。--set 的值能解析为 JSON 时按 JSON 处理（--set &apos;pillars=[&quot;green&quot;]&apos;，--set start_year=2020），否则按文本处理；--file 替换其中列出的字段。在下次同步时发送。</translation>
    </message>
    <message>
        <source>Submits a practice for review, after checking every field a submission needs. Sent by the next sync.</source>
        <translation>检查提交所需的每个字段后，将实践提交审核。在下次同步时发送。</translation>
    </message>
    <message>
        <source>Takes a submitted practice back to draft. Sent by the next sync.</source>
        <translation>将已提交的实践撤回为草稿。在下次同步时发送。</translation>
    </message>
    <message>
        <source>Accepts the invitation of your country to a joint initiative: your country becomes a partner and its delegates can edit the initiative. Sent by the next sync.</source>
        <translation>接受对您国家参加联合倡议的邀请：您的国家成为伙伴国，其代表可以编辑该倡议。在下次同步时发送。</translation>
    </message>
    <message>
        <source>Declines the invitation of your country to a joint initiative. Sent by the next sync.</source>
        <translation>拒绝对您国家参加联合倡议的邀请。在下次同步时发送。</translation>
    </message>
    <message>
        <source>Takes your country out of a joint initiative it joined. Sent by the next sync.</source>
        <translation>使您的国家退出其已加入的联合倡议。在下次同步时发送。</translation>
    </message>
    <message>
        <source>Creates draft practices from a CSV file: a header row of field names (title, summary, country, pillars...), then one practice per row; list values are separated by &quot;;&quot;. Every row is checked first and each problem reported with its row and field; then all valid rows are saved in one transaction. --dry-run only checks.</source>
        <translation>从 CSV 文件创建实践草稿：第一行为字段名（title、summary、country、pillars……），之后每行一项实践；列表值用“;”分隔。先检查每一行，并按行和字段报告每个问题；然后在一个事务中保存所有有效行。--dry-run 只做检查。</translation>
    </message>
    <message>
        <source>Lists records changed both here and on the server, field by field.</source>
        <translation>逐字段列出在本地和服务器上都被更改的记录。</translation>
    </message>
    <message>
        <source>Resolves a conflict: keep your version, take the server&apos;s, or give the value of named fields (JSON when it parses, text otherwise) and keep yours for the rest, or settle one hunk of a text field. Sent by the next sync.</source>
        <translation>解决冲突：保留您的版本、采用服务器的版本，或为指定字段给出值（能解析为 JSON 时按 JSON，否则按文本）而其余字段保留您的版本，或者解决文本字段中的一个片段。在下次同步时发送。</translation>
    </message>
    <message>
        <source>Use the profile in DIR (default: the desktop app&apos;s).</source>
        <translation>使用 DIR 中的配置文件（默认：桌面应用的配置文件）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Usage: smecommunity-cli [--profile DIR] %1 %2

</source>
        <translation>用法：smecommunity-cli [--profile DIR] %1 %2

</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>选项：
</translation>
    </message>
    <message>
        <source>Usage: smecommunity-cli [--profile DIR] COMMAND [options]

</source>
        <translation>用法：smecommunity-cli [--profile DIR] COMMAND [options]

</translation>
    </message>
    <message>
        <source>Command-line client of the Global SME Ministerial Community Platform. It works on the same profile as the desktop app (replica, settings, sign-in) and offline for everything but login, logout and sync.</source>
        <translation>全球中小企业部长级共同体平台的命令行客户端。它与桌面应用使用相同的配置文件（本地副本、设置、登录），除 login、logout 和 sync 外，所有操作都可离线进行。</translation>
    </message>
    <message>
        <source>
Commands:
</source>
        <translation>
命令：
</translation>
    </message>
    <message>
        <source>
Global options:
  --profile DIR   Use the profile in DIR (default: %1)
  -h, --help      Show this help; &quot;help COMMAND&quot; or &quot;COMMAND --help&quot; for one command.
  --version       Show the version.

</source>
        <translation>
全局选项：
  --profile DIR   使用 DIR 中的配置文件（默认：%1）
  -h, --help      显示此帮助；“help COMMAND”或“COMMAND --help”显示单个命令的帮助。
  --version       显示版本。

</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage, 3 not found or invalid input, 4 server unreachable or unavailable, 5 not signed in or credentials refused, 6 sync done but conflicts or rejections remain.</source>
        <translation>退出码：0 成功，2 用法错误，3 未找到或输入无效，4 服务器无法访问或不可用，5 未登录或凭据被拒绝，6 同步完成但仍有冲突或被拒绝的编辑。</translation>
    </message>
    <message>
        <source>Try &quot;smecommunity-cli %1 --help&quot;.
</source>
        <translation>请尝试“smecommunity-cli %1 --help”。
</translation>
    </message>
    <message>
        <source>Try &quot;smecommunity-cli --help&quot;.
</source>
        <translation>请尝试“smecommunity-cli --help”。
</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile 需要一个文件夹。</translation>
    </message>
    <message>
        <source>This is free software: you are free to change and redistribute it. There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>这是自由软件：您可以自由修改和重新分发。在法律允许的范围内，不提供任何担保。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; before the command.</source>
        <translation>命令之前有未知选项“%1”。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 需要 %2。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Count by B: %1 (practices); %2 (commitments).</source>
        <translation>按 B 计数：%1（实践）；%2（承诺）。</translation>
    </message>
    <message>
        <source>The server has no record %1 that you may see.</source>
        <translation>服务器上没有您可查看的记录 %1。</translation>
    </message>
    <message>
        <source>Offline: the server could not be reached (%1); showing the history kept here from an earlier fetch, which may lack the newest revisions.</source>
        <translation>离线：无法连接服务器（%1）；显示此前获取并保存在本机的历史，可能缺少最新的修订。</translation>
    </message>
    <message>
        <source>Offline: not signed in; showing the history kept here from an earlier fetch, which may lack the newest revisions.</source>
        <translation>离线：尚未登录；显示此前获取并保存在本机的历史，可能缺少最新的修订。</translation>
    </message>
    <message>
        <source>--%1 needs a revision number (see &quot;history&quot;), not &quot;%2&quot;.</source>
        <translation>--%1 需要一个修订号（见“history”），而不是“%2”。</translation>
    </message>
    <message>
        <source>you</source>
        <translation>您</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>没有字段更改</translation>
    </message>
    <message>
        <source>first listed: %1</source>
        <translation>首次列出：%1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>已更改：%1</translation>
    </message>
    <message>
        <source>No revision of %1 is visible to you.</source>
        <translation>您看不到 %1 的任何修订。</translation>
    </message>
    <message>
        <source>The older revision.</source>
        <translation>较早的修订。</translation>
    </message>
    <message>
        <source>The newer revision.</source>
        <translation>较新的修订。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而不是文本。</translation>
    </message>
    <message>
        <source>diff needs --from REV and --to REV (see &quot;history&quot;).</source>
        <translation>diff 需要 --from REV 和 --to REV（见“history”）。</translation>
    </message>
    <message>
        <source>%1 has no revision %2 that you may see; &quot;history %1&quot; lists them.</source>
        <translation>%1 没有您可查看的修订 %2；“history %1”会列出它们。</translation>
    </message>
    <message>
        <source>No field differs between revisions %1 and %2.</source>
        <translation>修订 %1 与 %2 之间没有字段不同。</translation>
    </message>
    <message>
        <source>The kind to export: practice (default), thread, post, meeting, commitment, initiative.</source>
        <translation>要导出的类型：practice（默认）、thread、post、meeting、commitment、initiative。</translation>
    </message>
    <message>
        <source>Exported %1 record(s) of kind %2 to %3.</source>
        <translation>已将 %1 条 %2 类型的记录导出到 %3。</translation>
    </message>
    <message>
        <source>The revision to restore (see &quot;history&quot;).</source>
        <translation>要恢复的修订（见“history”）。</translation>
    </message>
    <message>
        <source>restore needs --rev REV, a revision number from &quot;history&quot;.</source>
        <translation>restore 需要 --rev REV，即“history”中的修订号。</translation>
    </message>
    <message>
        <source>%1 has no revision %2 with content that you may see; &quot;history %1&quot; lists them.</source>
        <translation>%1 没有您可查看且有内容的修订 %2；“history %1”会列出它们。</translation>
    </message>
    <message>
        <source>%1 already has the content of revision %2; nothing to restore.</source>
        <translation>%1 已经是修订 %2 的内容；无需恢复。</translation>
    </message>
    <message>
        <source>Restored the content of revision %1 as a local edit of %2 (its status is kept); the next sync sends it.</source>
        <translation>已将修订 %1 的内容恢复为 %2 的本地编辑（保留其状态）；下次同步时发送。</translation>
    </message>
    <message>
        <source>Lists the revisions of a record you may see, newest first: rev, who, when, which fields changed. Asks the server and keeps the answer; offline, shows what was kept and says so.</source>
        <translation>列出您可查看的记录修订，最新的在前：修订号、修改人、时间、更改的字段。向服务器查询并保存答复；离线时显示已保存的内容并加以说明。</translation>
    </message>
    <message>
        <source>Shows what changed between two revisions of a record, field by field and word by word: [-deleted-] and {+inserted+}.</source>
        <translation>逐字段、逐词显示记录两个修订之间的更改：[-删除-] 和 {+插入+}。</translation>
    </message>
    <message>
        <source>Makes the content of an earlier revision the record&apos;s content again, as an ordinary local edit (its status and other workflow fields are kept). Sent by the next sync.</source>
        <translation>将较早修订的内容重新设为记录的内容，作为一次普通的本地编辑（保留其状态和其他流程字段）。下次同步时发送。</translation>
    </message>
    <message>
        <source>Exports practices (or the records of another kind, --kind) to CSV, Markdown or PDF.</source>
        <translation>将实践（或用 --kind 指定的其他类型记录）导出为 CSV、Markdown 或 PDF。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client of the Global SME Ministerial Community Platform.</source>
        <translation>全球中小企业部长级共同体平台的桌面客户端。</translation>
    </message>
    <message>
        <source>Use the profile in DIR (replica, settings, sign-in).</source>
        <translation>使用 DIR 中的配置文件（本地副本、设置、登录）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Override the user interface language.</source>
        <translation>指定用户界面语言。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Fill an empty profile with demo content and work offline.</source>
        <translation>用演示内容填充空配置文件并离线工作。</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>Demo secretariat</source>
        <translation>演示秘书处</translation>
    </message>
    <message>
        <source>SME Community</source>
        <translation>中小企业共同体</translation>
    </message>
    <message>
        <source>Open the window on VIEW: %1, country:ISO3 (a country&apos;s profile) or compare:ISO3,ISO3[,...] (two to four countries side by side).</source>
        <translation>在视图 VIEW 上打开窗口：%1、country:ISO3（国家概况）或 compare:ISO3,ISO3[,...]（并排比较二至四个国家）。</translation>
    </message>
</context>
<context>
    <name>smec::cli::Context</name>
    <message>
        <source>Cannot open the local database %1: %2</source>
        <translation>无法打开本地数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 不是有效的 JSON（第 %2 字节：%3）。</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object of fields, like {&quot;title&quot;: &quot;...&quot;}.</source>
        <translation>%1 必须包含一个字段的 JSON 对象，例如 {&quot;title&quot;: &quot;...&quot;}。</translation>
    </message>
</context>
<context>
    <name>smec::datagen::DemoData</name>
    <message>
        <source>The demo data set is missing from this build (%1).</source>
        <translation>此版本缺少演示数据集（%1）。</translation>
    </message>
    <message>
        <source>The demo data is not a JSON object: %1.</source>
        <translation>演示数据不是 JSON 对象：%1。</translation>
    </message>
    <message>
        <source>Expected a list of %1.</source>
        <translation>应为 %1 的列表。</translation>
    </message>
    <message>
        <source>Not a canonical record id: &quot;%1&quot;.</source>
        <translation>不是规范的记录 ID：“%1”。</translation>
    </message>
    <message>
        <source>Duplicate record id %1.</source>
        <translation>记录 ID %1 重复。</translation>
    </message>
    <message>
        <source>Expected kind &quot;%1&quot; in the list %2.</source>
        <translation>列表 %2 中应为类型“%1”。</translation>
    </message>
    <message>
        <source>Expected an object of fields.</source>
        <translation>应为字段对象。</translation>
    </message>
    <message>
        <source>Not a demo user.</source>
        <translation>不是演示用户。</translation>
    </message>
    <message>
        <source>The thread is not in the demo data.</source>
        <translation>演示数据中没有此讨论主题。</translation>
    </message>
    <message>
        <source>A reply must follow the post it answers in the demo data.</source>
        <translation>在演示数据中，回复必须位于其所回复的帖子之后。</translation>
    </message>
</context>
<context>
    <name>smec::desktop::AboutDialog</name>
    <message>
        <source>About SME Community</source>
        <translation>关于中小企业共同体</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SME Community %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The desktop client of the Global SME Ministerial Community Platform: document SME policy practices, learn from peers, and follow up ministerial meetings and commitments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;中小企业共同体 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;全球中小企业部长级共同体平台的桌面客户端：记录中小企业政策实践，相互学习，跟进部长级会议和承诺。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SME Community is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (%2). It comes with NO WARRANTY, to the extent permitted by law.</source>
        <translation>中小企业共同体是自由软件：您可以根据&lt;a href=&quot;%1&quot;&gt;GNU 通用公共许可证&lt;/a&gt;第 3 版或（由您选择）任何更高版本（%2）的条款重新分发和/或修改它。在法律允许的范围内，不提供任何担保。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>第三方组件</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>LGPL-3.0; Qt HTTP Server and Qt Charts: GPL-3.0</source>
        <translation>LGPL-3.0；Qt HTTP Server 和 Qt Charts：GPL-3.0</translation>
    </message>
    <message>
        <source>user interface, networking and databases (desktop, CLI and server)</source>
        <translation>用户界面、网络和数据库（桌面、命令行和服务器）</translation>
    </message>
    <message>
        <source>Markdown highlighting in the editor (desktop, where installed)</source>
        <translation>编辑器中的 Markdown 高亮（桌面，已安装时）</translation>
    </message>
    <message>
        <source>keeping the sign-in in the system keychain (desktop and CLI)</source>
        <translation>在系统密钥环中保存登录信息（桌面和命令行）</translation>
    </message>
    <message>
        <source>password hashing (server)</source>
        <translation>密码哈希（服务器）</translation>
    </message>
    <message>
        <source>line diffs for merging text edited on two computers (desktop and CLI)</source>
        <translation>用于合并在两台计算机上编辑的文本的行差异（桌面和命令行）</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>the local replica, and the server&apos;s database on a single machine</source>
        <translation>本地副本，以及单机部署时服务器的数据库</translation>
    </message>
</context>
<context>
    <name>smec::desktop::Application</name>
    <message>
        <source>The user name or password is not right.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>Signed in, but this computer has no keychain to keep the sign-in safely, so it was not kept. Start a keychain (for example GNOME Keyring or KWallet) and sign in again, or work offline.</source>
        <translation>已登录，但此计算机没有可安全保存登录信息的密钥环，因此未保存。请启动一个密钥环（例如 GNOME Keyring 或 KWallet）后重新登录，或离线工作。</translation>
    </message>
    <message>
        <source>You (offline)</source>
        <translation>您（离线）</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>搜索名称：</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) to %1</source>
        <translation>
            <numerusform>%1 收到 %n 份邀请</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::Charts</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Save the chart as .png or .pdf.</source>
        <translation>将图表保存为 .png 或 .pdf。</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ComparePage</name>
    <message>
        <source>Choose at least two different countries.</source>
        <translation>请至少选择两个不同的国家。</translation>
    </message>
    <message>
        <source>Cannot count: %1</source>
        <translation>无法计数：%1</translation>
    </message>
    <message>
        <source>Practices per pillar</source>
        <translation>各支柱的实践</translation>
    </message>
    <message>
        <source>Instruments used</source>
        <translation>使用的政策工具</translation>
    </message>
    <message>
        <source>Target groups reached</source>
        <translation>覆盖的目标群体</translation>
    </message>
    <message>
        <source>Evidence levels</source>
        <translation>证据级别</translation>
    </message>
    <message>
        <source>Practices by status</source>
        <translation>各状态的实践</translation>
    </message>
    <message>
        <source>Commitment statuses</source>
        <translation>承诺状态</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>实践</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message numerus="yes">
        <source>%n countries compared; a practice with several pillars or target groups counts under each.</source>
        <translation>
            <numerusform>比较了 %n 个国家；涉及多个支柱或目标群体的实践在每一项下都计数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Country &amp;%1</source>
        <translation>国家 %1(&amp;%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>复制为 CSV(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the table to the clipboard as comma-separated values</source>
        <translation>将表格以逗号分隔值的形式复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Save chart...</source>
        <translation>保存图表(&amp;S)...</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>将图表保存为 PNG 图像或 PDF 文档</translation>
    </message>
    <message>
        <source>Countries compared</source>
        <translation>国家比较</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ConflictDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted on the server while you were editing it. Keep your version to create it again, or accept the deletion.</source>
        <translation>您编辑“%1”时，它在服务器上被删除了。保留您的版本会重新创建它，或者接受删除。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed on the server and on this computer. For each field, keep yours, take the server&apos;s (double-click it), or edit the result.</source>
        <translation>“%1”在服务器和本计算机上都被更改了。对于每个字段，保留您的值、采用服务器的值（双击），或编辑结果。</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>冲突字段</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>服务器的</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>changed here and on the server</source>
        <translation>本地和服务器上都已更改</translation>
    </message>
    <message>
        <source>changed on the server</source>
        <translation>服务器上已更改</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>本地已更改</translation>
    </message>
    <message>
        <source>Double-click to keep yours</source>
        <translation>双击保留您的值</translation>
    </message>
    <message>
        <source>Double-click to take the server&apos;s</source>
        <translation>双击采用服务器的值</translation>
    </message>
    <message>
        <source>&amp;Keep my version</source>
        <translation>保留我的版本(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Resolve with the result</source>
        <translation>使用结果解决(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept the deletion</source>
        <translation>接受删除(&amp;A)</translation>
    </message>
    <message>
        <source>Take the &amp;server&apos;s version</source>
        <translation>采用服务器的版本(&amp;S)</translation>
    </message>
    <message>
        <source>Text changed in the same place on both sides: decide each place. Until you do, it keeps your text.</source>
        <translation>双方在同一位置更改了文本：请逐个位置作出决定。在您决定之前，保留您的文本。</translation>
    </message>
    <message>
        <source>Conflicting places in text fields</source>
        <translation>文本字段中的冲突位置</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>%1, place %2</source>
        <translation>%1，位置 %2</translation>
    </message>
    <message>
        <source>(not decided: yours for now)</source>
        <translation>（未决定：暂时保留您的）</translation>
    </message>
    <message>
        <source>Take &amp;mine</source>
        <translation>采用我的(&amp;M)</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>采用服务器的(&amp;T)</translation>
    </message>
    <message>
        <source>Take &amp;both</source>
        <translation>两者都采用(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Merged text, conflicting places marked</source>
        <translation>合并后的文本，冲突位置已标出</translation>
    </message>
    <message>
        <source>[place %1, not decided: mine]</source>
        <translation>[位置 %1，未决定：我的]</translation>
    </message>
    <message>
        <source>[place %1, theirs]</source>
        <translation>[位置 %1，服务器的]</translation>
    </message>
    <message>
        <source>[end of place %1]</source>
        <translation>[位置 %1 结束]</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Could not resolve: %1</source>
        <translation>无法解决：%1</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ConflictsPage</name>
    <message>
        <source>&amp;Resolve…</source>
        <translation>解决(&amp;R)…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Resolve the selected conflict</source>
        <translation>解决所选冲突</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>%1 (deleted on the server)</source>
        <translation>%1（已在服务器上删除）</translation>
    </message>
    <message>
        <source>No conflicts. Edits made here and on the server fitted together.</source>
        <translation>没有冲突。本地和服务器上的编辑已顺利合并。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed here and on the server need your decision.</source>
        <translation>
            <numerusform>有 %Ln 条在本地和服务器上都被更改的记录需要您决定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::CountriesPage</name>
    <message>
        <source>Country profile</source>
        <translation>国家概况</translation>
    </message>
    <message>
        <source>Compare countries</source>
        <translation>比较国家</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
</context>
<context>
    <name>smec::desktop::CountryProfilePage</name>
    <message>
        <source>Cannot read the country: %1</source>
        <translation>无法读取该国家：%1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>实践</translation>
    </message>
    <message>
        <source>%1 &amp;mdash; by status: %2; by pillar: %3</source>
        <translation>%1 &amp;mdash; 按状态：%2；按支柱：%3</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>%1 &amp;mdash; %2</source>
        <translation>%1 &amp;mdash; %2</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>%1 hosted, %2 attended</source>
        <translation>主办 %1 次，参加 %2 次</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>对话</translation>
    </message>
    <message numerus="yes">
        <source>%Ln thread(s) started by its delegates</source>
        <translation>
            <numerusform>其代表发起的 %Ln 个讨论主题</numerusform>
        </translation>
    </message>
    <message>
        <source>Joint initiatives</source>
        <translation>联合倡议</translation>
    </message>
    <message numerus="yes">
        <source>%Ln led or joined</source>
        <translation>
            <numerusform>牵头或加入 %Ln 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参会方</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头国</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>伙伴国</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>国家(&amp;O)</translation>
    </message>
    <message>
        <source>What the country does</source>
        <translation>该国的工作</translation>
    </message>
    <message>
        <source>Practices (%1)</source>
        <translation>实践（%1）</translation>
    </message>
    <message>
        <source>Commitments (%1)</source>
        <translation>承诺（%1）</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>会议（%1）</translation>
    </message>
    <message>
        <source>Recent dialogue (%1)</source>
        <translation>近期对话（%1）</translation>
    </message>
    <message>
        <source>Joint initiatives (%1)</source>
        <translation>联合倡议（%1）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>讨论主题</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Practices of the country</source>
        <translation>该国的实践</translation>
    </message>
    <message>
        <source>Commitments of the country</source>
        <translation>该国的承诺</translation>
    </message>
    <message>
        <source>Meetings hosted or attended</source>
        <translation>主办或参加的会议</translation>
    </message>
    <message>
        <source>Threads started by the country&apos;s delegates</source>
        <translation>该国代表发起的讨论主题</translation>
    </message>
    <message>
        <source>Joint initiatives led or joined</source>
        <translation>牵头或加入的联合倡议</translation>
    </message>
</context>
<context>
    <name>smec::desktop::DialoguePage</name>
    <message>
        <source>&amp;Post reply</source>
        <translation>发表回复(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>引用(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Hide post…</source>
        <translation>隐藏帖子(&amp;H)…</translation>
    </message>
    <message>
        <source>New &amp;thread…</source>
        <translation>新建讨论主题(&amp;T)…</translation>
    </message>
    <message>
        <source>Posts of the thread</source>
        <translation>讨论主题的帖子</translation>
    </message>
    <message>
        <source>Your reply, Markdown</source>
        <translation>您的回复，Markdown</translation>
    </message>
    <message>
        <source>Write a reply (Markdown). It is sent at the next sync.</source>
        <translation>撰写回复（Markdown）。将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Quote the selected post</source>
        <translation>引用所选帖子</translation>
    </message>
    <message>
        <source>Hide the selected post</source>
        <translation>隐藏所选帖子</translation>
    </message>
    <message>
        <source>Start a new thread</source>
        <translation>发起新的讨论主题</translation>
    </message>
    <message>
        <source>Hide post</source>
        <translation>隐藏帖子</translation>
    </message>
    <message>
        <source>Why is this post hidden? The author sees the reason.</source>
        <translation>为什么隐藏此帖子？作者会看到原因。</translation>
    </message>
    <message>
        <source>New thread</source>
        <translation>新建讨论主题</translation>
    </message>
    <message>
        <source>What do you want to discuss?</source>
        <translation>您想讨论什么？</translation>
    </message>
    <message>
        <source>Choose a thread first.</source>
        <translation>请先选择一个讨论主题。</translation>
    </message>
    <message>
        <source>Post reply</source>
        <translation>发表回复</translation>
    </message>
</context>
<context>
    <name>smec::desktop::EditorDialog</name>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Saved on this computer at %1.</source>
        <translation>已于 %1 保存在本计算机上。</translation>
    </message>
    <message>
        <source>Changes are saved automatically on this computer and sent at the next sync.</source>
        <translation>更改会自动保存在本计算机上，并在下次同步时发送。</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Every saved version of this record, what changed and who changed it; restore an earlier one.</source>
        <translation>此记录的每个已保存版本、更改内容及更改人；可恢复较早的版本。</translation>
    </message>
</context>
<context>
    <name>smec::desktop::HistoryDialog</name>
    <message>
        <source>&amp;Restore this version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>By</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>更改的字段</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Select a revision to see what it changed, or two to compare them.</source>
        <translation>选择一个修订以查看其更改，或选择两个进行比较。</translation>
    </message>
    <message>
        <source>Fetching the history…</source>
        <translation>正在获取历史…</translation>
    </message>
    <message>
        <source>No history of this record is kept on this computer, and the server cannot be reached. Try again when online.</source>
        <translation>本机未保存此记录的历史，且无法连接服务器。请在联网时重试。</translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation>无法显示历史：%1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Offline: this is the history kept on this computer from an earlier visit; newer revisions may be missing.</source>
        <translation>离线：这是此前访问时保存在本机的历史；可能缺少较新的修订。</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) you may see, newest first. Select two to compare.</source>
        <translation>
            <numerusform>您可查看 %n 个修订，最新的在前。选择两个进行比较。</numerusform>
        </translation>
    </message>
    <message>
        <source>What the country changed since changes were requested (revision %1 to %2).</source>
        <translation>自要求修改以来该国所做的更改（修订 %1 至 %2）。</translation>
    </message>
    <message>
        <source>No request for changes is in this practice&apos;s history.</source>
        <translation>此实践的历史中没有修改要求。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Select one revision, or two to compare.</source>
        <translation>选择一个修订，或选择两个进行比较。</translation>
    </message>
    <message>
        <source>Revision %1 compared with revision %2</source>
        <translation>修订 %1 与修订 %2 比较</translation>
    </message>
    <message>
        <source>Revision %1, the oldest you may see</source>
        <translation>修订 %1，您可查看的最早修订</translation>
    </message>
    <message>
        <source>No field differs.</source>
        <translation>没有字段不同。</translation>
    </message>
    <message>
        <source>This record is not on this computer; sync first.</source>
        <translation>此记录不在本机上；请先同步。</translation>
    </message>
    <message>
        <source>The record already has the content of revision %1.</source>
        <translation>记录已经是修订 %1 的内容。</translation>
    </message>
    <message>
        <source>Cannot restore: %1</source>
        <translation>无法恢复：%1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>The content of revision %1 is now the record&apos;s content, saved on this computer; the next sync sends it.</source>
        <translation>修订 %1 的内容现已成为记录的内容，已保存在本机；下次同步时发送。</translation>
    </message>
</context>
<context>
    <name>smec::desktop::InitiativeActionBar</name>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>退出(&amp;L)</translation>
    </message>
    <message>
        <source>Join this initiative</source>
        <translation>加入此倡议</translation>
    </message>
    <message>
        <source>Decline the invitation</source>
        <translation>拒绝邀请</translation>
    </message>
    <message>
        <source>Leave this initiative</source>
        <translation>退出此倡议</translation>
    </message>
    <message>
        <source>%1 leads this initiative.</source>
        <translation>%1 牵头此倡议。</translation>
    </message>
    <message>
        <source>%1 is a partner of this initiative.</source>
        <translation>%1 是此倡议的伙伴国。</translation>
    </message>
    <message>
        <source>%1 is not part of this initiative.</source>
        <translation>%1 未参加此倡议。</translation>
    </message>
    <message>
        <source>Invitation to %1</source>
        <translation>邀请 %1</translation>
    </message>
    <message>
        <source>%1 is invited to join this initiative. Join to take part in it, or decline the invitation.</source>
        <translation>%1 受邀加入此倡议。加入以参与其中，或拒绝邀请。</translation>
    </message>
</context>
<context>
    <name>smec::desktop::MainWindow</name>
    <message>
        <source>SME Community</source>
        <translation>中小企业共同体</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Nothing here yet. Sign in to a server or work offline to see %1.</source>
        <translation>此处暂无内容。请登录服务器或离线工作以查看%1。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New practice…</source>
        <translation>新建实践(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>解决冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SME Community</source>
        <translation>关于中小企业共同体(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>快速搜索</translation>
    </message>
    <message>
        <source>Search practices, discussions and initiatives (Ctrl+F)</source>
        <translation>搜索实践、讨论和联合倡议（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>smec::desktop::MarkdownEditor</name>
    <message>
        <source>Preview of %1</source>
        <translation>%1 的预览</translation>
    </message>
</context>
<context>
    <name>smec::desktop::OfflineSyncService</name>
    <message>
        <source>Working offline. Your changes are kept and will be sent once you sign in to a server (File &gt; Sign in).</source>
        <translation>正在离线工作。您的更改会保留，并在您登录服务器后发送（文件 &gt; 登录）。</translation>
    </message>
</context>
<context>
    <name>smec::desktop::OutboxPage</name>
    <message>
        <source>Changes to send</source>
        <translation>待发送的更改</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>%1 — refused by the server: %2</source>
        <translation>%1 — 被服务器拒绝：%2</translation>
    </message>
    <message>
        <source>%1 — deletion waiting to be sent (%2)</source>
        <translation>%1 — 删除等待发送（%2）</translation>
    </message>
    <message>
        <source>%1 — waiting to be sent (%2)</source>
        <translation>%1 — 等待发送（%2）</translation>
    </message>
    <message>
        <source>Everything you changed has been sent.</source>
        <translation>您的所有更改均已发送。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) made on this computer, oldest first.</source>
        <translation>
            <numerusform>本计算机上的 %Ln 项更改，最早的在前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeActionBar</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the draft now</source>
        <translation>立即保存草稿</translation>
    </message>
    <message>
        <source>Drafts are also saved automatically as you type.</source>
        <translation>草稿也会在您输入时自动保存。</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>提交(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Start &amp;review</source>
        <translation>开始审核(&amp;R)</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>要求修改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Changes since &amp;request</source>
        <translation>自要求以来的更改(&amp;R)</translation>
    </message>
    <message>
        <source>Compare the practice as it was when changes were requested with the practice now.</source>
        <translation>将要求修改时的实践与当前的实践进行比较。</translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeEditorDialog</name>
    <message>
        <source>Policy or programme, Markdown</source>
        <translation>政策或方案，Markdown</translation>
    </message>
    <message>
        <source>Results and evidence, Markdown</source>
        <translation>成果与证据，Markdown</translation>
    </message>
    <message>
        <source>Lessons learned, Markdown</source>
        <translation>经验教训，Markdown</translation>
    </message>
    <message>
        <source>Markdown sections</source>
        <translation>Markdown 部分</translation>
    </message>
    <message>
        <source>Policy or &amp;programme</source>
        <translation>政策或方案(&amp;P)</translation>
    </message>
    <message>
        <source>Res&amp;ults and evidence</source>
        <translation>成果与证据(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Lessons learned</source>
        <translation>经验教训(&amp;L)</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>实践详情</translation>
    </message>
    <message>
        <source>This practice is no longer in your copy.</source>
        <translation>此实践已不在您的副本中。</translation>
    </message>
    <message>
        <source>New practice</source>
        <translation>新建实践</translation>
    </message>
    <message>
        <source>%1 – Practice</source>
        <translation>%1 – 实践</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>title (status)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <source>Tell the country what to change before this practice can be published:</source>
        <translation>请告诉该国在此实践发布之前需要修改什么：</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before this step.</source>
        <translation>
            <numerusform>在此步骤之前，有 %n 个字段需要处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Now %1. The change is sent at the next sync.</source>
        <translation>现为 %1。此更改将在下次同步时发送。</translation>
    </message>
</context>
<context>
    <name>smec::desktop::PracticeFormWidget</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>A short name a peer would search for</source>
        <translation>同行会搜索的简短名称</translation>
    </message>
    <message>
        <source>Two or three sentences: what, for whom, with what result</source>
        <translation>两三句话：做什么、面向谁、取得了什么成果</translation>
    </message>
    <message>
        <source>Pillar %1</source>
        <translation>支柱 %1</translation>
    </message>
    <message>
        <source>Target group %1</source>
        <translation>目标群体 %1</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from year to year</comment>
        <translation>至</translation>
    </message>
    <message>
        <source>One per line: title | https://address</source>
        <translation>每行一项：标题 | https://地址</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>e.g. en, fr, es, ar</source>
        <translation>例如 en、fr、es、ar、zh、ru</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>%1 | %2</source>
        <comment>source title | url</comment>
        <translation>%1 | %2</translation>
    </message>
</context>
<context>
    <name>smec::desktop::RecordBrowserPage</name>
    <message numerus="yes">
        <source>%Ln practice(s)</source>
        <translation>
            <numerusform>%Ln 项实践</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thread(s)</source>
        <translation>
            <numerusform>%Ln 个讨论主题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln 个帖子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln 次会议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln 项承诺</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln 项倡议</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New practice</source>
        <translation>新建实践(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>编辑所选记录</translation>
    </message>
    <message>
        <source>Create a new record</source>
        <translation>创建新记录</translation>
    </message>
    <message>
        <source>Select an item in the list to read it here.</source>
        <translation>在列表中选择一项即可在此阅读。</translation>
    </message>
    <message>
        <source>This record is no longer available.</source>
        <translation>此记录已不可用。</translation>
    </message>
    <message>
        <source>Open the editor (Enter)</source>
        <translation>打开编辑器（Enter）</translation>
    </message>
    <message>
        <source>The server refused your last change: %1 Edit the record to fix it; the next save sends it again.</source>
        <translation>服务器拒绝了您的上次更改：%1 请编辑记录进行修正；下次保存时会再次发送。</translation>
    </message>
    <message>
        <source>This record was changed on the server too. Open Conflicts to decide which version to keep.</source>
        <translation>此记录在服务器上也被更改了。请打开“冲突”决定保留哪个版本。</translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation>打开 %1 的概况</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>%1 的概况</translation>
    </message>
    <message>
        <source>&amp;Invitations to my country</source>
        <translation>给我国的邀请(&amp;I)</translation>
    </message>
    <message>
        <source>Invitations to my country</source>
        <translation>给我国的邀请</translation>
    </message>
    <message>
        <source>Only the initiatives that invite %1 to join and that it has not answered yet.</source>
        <translation>仅显示邀请 %1 加入且其尚未答复的倡议。</translation>
    </message>
</context>
<context>
    <name>smec::desktop::RecordEditorDialog</name>
    <message>
        <source>Initiative</source>
        <translation>倡议</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>%1, Markdown</source>
        <translation>%1，Markdown</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Country codes separated by commas (RWA, UGA); new ones are invited</source>
        <translation>以逗号分隔的国家代码（RWA, UGA）；新加入的国家将收到邀请</translation>
    </message>
    <message>
        <source>Separate values with commas</source>
        <translation>多个值请用逗号分隔</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>截止日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>删除里程碑</translation>
    </message>
    <message>
        <source>This record is no longer in your copy.</source>
        <translation>此记录已不在您的副本中。</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>title – kind</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Save on this computer now (also automatic)</source>
        <translation>立即保存在本计算机上（也会自动保存）</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SearchPage</name>
    <message>
        <source>&amp;Save this search…</source>
        <translation>保存此搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>搜索摘要</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>保存此搜索</translation>
    </message>
    <message>
        <source>Selected result</source>
        <translation>所选结果</translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <translation>搜索不可用：%1</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s), best first</source>
        <translation>
            <numerusform>%Ln 条结果，最佳匹配在前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The search index is still being built (%Ln record(s) to go): results may be incomplete.</source>
        <translation>
            <numerusform>%1 搜索索引仍在建立中（还有 %Ln 条记录）：结果可能不完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to search practices, discussions and joint initiatives.</source>
        <translation>输入以搜索实践、讨论和联合倡议。</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>同步间隔（分钟）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>同步间隔(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>A new language applies the next time SME Community starts.</source>
        <translation>新语言将在中小企业共同体下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>smec::desktop::ShowView</name>
    <message>
        <source>Unknown country &quot;%1&quot;; give an ISO 3166-1 alpha-3 code such as KEN.</source>
        <translation>未知的国家“%1”；请使用 ISO 3166-1 三字母代码，例如 KEN。</translation>
    </message>
    <message>
        <source>Unknown countries: %1; give ISO 3166-1 alpha-3 codes such as KEN.</source>
        <translation>未知的国家：%1；请使用 ISO 3166-1 三字母代码，例如 KEN。</translation>
    </message>
    <message>
        <source>Compare two to four different countries, e.g. compare:KEN,RWA.</source>
        <translation>请比较二至四个不同的国家，例如 compare:KEN,RWA。</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; use one of %2, country:ISO3 or compare:ISO3,ISO3.</source>
        <translation>未知视图“%1”；请使用以下之一：%2、country:ISO3 或 compare:ISO3,ISO3。</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SignInDialog</name>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>离线工作(&amp;O)</translation>
    </message>
    <message>
        <source>Sign in to SME Community</source>
        <translation>登录中小企业共同体</translation>
    </message>
    <message>
        <source>Sign in to your platform&apos;s server to sync practices, dialogue and meetings. You can also work offline and sign in later.</source>
        <translation>登录您所在平台的服务器，以同步实践、对话和会议。您也可以先离线工作，稍后再登录。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>服务器(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Trusted certificate authority file</source>
        <translation>受信任的证书颁发机构文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a certificate authority file</source>
        <translation>选择证书颁发机构文件</translation>
    </message>
    <message>
        <source>Trusted &amp;CA file:</source>
        <translation>受信任的 CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Only for a private deployment whose certificate is issued by your organisation.</source>
        <translation>仅适用于证书由您所在机构颁发的私有部署。</translation>
    </message>
    <message>
        <source>Trusted certificate authority</source>
        <translation>受信任的证书颁发机构</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Browse and draft on this computer with the shipped reference data; sign in later from the File menu.</source>
        <translation>使用随附的参考数据在本计算机上浏览和起草；稍后可从“文件”菜单登录。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>smec::desktop::StatisticsPage</name>
    <message>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>实践</translation>
    </message>
    <message>
        <source>Cannot count: %1</source>
        <translation>无法计数：%1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s); one with several values counts under each.</source>
        <translation>
            <numerusform>%Ln 项承诺；具有多个值的承诺在每个值下都计数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s).</source>
        <translation>
            <numerusform>%Ln 项承诺。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s); one with several values counts under each.</source>
        <translation>
            <numerusform>%Ln 项实践；具有多个值的实践在每个值下都计数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practice(s).</source>
        <translation>
            <numerusform>%Ln 项实践。</numerusform>
        </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Commitments by %1</source>
        <translation>按%1统计的承诺</translation>
    </message>
    <message>
        <source>Practices by %1</source>
        <translation>按%1统计的实践</translation>
    </message>
    <message>
        <source>C&amp;ount</source>
        <translation>统计(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;by</source>
        <translation>依据(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation>支柱(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>所有支柱</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>复制为 CSV(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the table to the clipboard as comma-separated values</source>
        <translation>将表格以逗号分隔值的形式复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Save chart...</source>
        <translation>保存图表(&amp;S)...</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>将图表保存为 PNG 图像或 PDF 文档</translation>
    </message>
    <message>
        <source>Figures of the chart</source>
        <translation>图表数据</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>smec::desktop::SyncStatusWidget</name>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation>没有待发送的更改</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>待发送的更改</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %Ln record(s) received</source>
        <translation>
            <numerusform>正在同步：已接收 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing for search: %1 %</source>
        <translation>正在建立搜索索引：%1 %</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Connected to the server</source>
        <translation>已连接到服务器</translation>
    </message>
    <message>
        <source>Working on this computer&apos;s copy; changes are kept and sent when the server can be reached.</source>
        <translation>正在使用本计算机上的副本；更改会保留，并在可以访问服务器时发送。</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>%Ln 项更改待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln rejected</source>
        <comment>pending text, rejected count</comment>
        <translation>
            <numerusform>%1，%Ln 项被拒绝</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::SyncWorker</name>
    <message>
        <source>The server address of this profile cannot be used: %1</source>
        <translation>此配置文件的服务器地址无法使用：%1</translation>
    </message>
    <message>
        <source>You are not signed in (%1). Sign in again to sync.</source>
        <translation>您尚未登录（%1）。请重新登录以同步。</translation>
    </message>
    <message>
        <source>Could not open the local database: %1</source>
        <translation>无法打开本地数据库：%1</translation>
    </message>
    <message>
        <source>Sync cancelled; it continues where it stopped next time.</source>
        <translation>同步已取消；下次将从中断处继续。</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again.</source>
        <translation>服务器不再接受您的登录。请重新登录。</translation>
    </message>
    <message>
        <source>Working offline: %1</source>
        <translation>正在离线工作：%1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides: resolve them under Conflicts.</source>
        <translation>
            <numerusform>%n 条记录在双方都被更改：请在“冲突”中解决。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server rejected %n change(s); see the Outbox for its reasons.</source>
        <translation>
            <numerusform>服务器拒绝了 %n 项更改；原因请见“发件箱”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::desktop::TrackerPage</name>
    <message>
        <source>Open country profile</source>
        <translation>打开国家概况</translation>
    </message>
    <message>
        <source>Cannot read the commitments: %1</source>
        <translation>无法读取承诺：%1</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>无状态</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commitment(s)</source>
        <translation>
            <numerusform>%Ln 项承诺</numerusform>
        </translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>国家：%1</translation>
    </message>
    <message>
        <source>Due within 90 days: %1</source>
        <translation>90 天内到期：%1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已逾期：%1</translation>
    </message>
    <message>
        <source>Due within 90 days (%1)</source>
        <translation>90 天内到期（%1）</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>无支柱</translation>
    </message>
    <message>
        <source>Commitments by pillar and status</source>
        <translation>按支柱和状态统计的承诺</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>支柱</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>By meeting</source>
        <translation>按会议</translation>
    </message>
    <message>
        <source>By pillar</source>
        <translation>按支柱</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>所有会议</translation>
    </message>
    <message>
        <source>&amp;Pillar</source>
        <translation>支柱(&amp;P)</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>所有支柱</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>区域(&amp;R)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>复制为 CSV(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the commitments shown to the clipboard as comma-separated values</source>
        <translation>将显示的承诺以逗号分隔值的形式复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Save chart...</source>
        <translation>保存图表(&amp;S)...</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or a PDF document</source>
        <translation>将图表保存为 PNG 图像或 PDF 文档</translation>
    </message>
    <message>
        <source>Commitments by country</source>
        <translation>各国承诺</translation>
    </message>
    <message>
        <source>Commitments by pillar, due and overdue</source>
        <translation>按支柱统计的承诺、到期和逾期</translation>
    </message>
    <message>
        <source>Commitments due within 90 days</source>
        <translation>90 天内到期的承诺</translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation>已逾期的承诺</translation>
    </message>
    <message>
        <source>Due within 90 days</source>
        <translation>90 天内到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>smec::domain::AccessPolicy</name>
    <message>
        <source>its country</source>
        <translation>其国家</translation>
    </message>
    <message>
        <source>The reference code is assigned by the server.</source>
        <translation>参考编号由服务器分配。</translation>
    </message>
    <message>
        <source>Only the secretariat writes review notes.</source>
        <translation>只有秘书处可以撰写审核意见。</translation>
    </message>
    <message>
        <source>Only the secretariat can hide or show posts.</source>
        <translation>只有秘书处可以隐藏或显示帖子。</translation>
    </message>
    <message>
        <source>Write a review note telling the delegation what to change.</source>
        <translation>请撰写审核意见，告诉代表团需要修改什么。</translation>
    </message>
    <message>
        <source>%1 has not joined this initiative: only a delegate of %1 can accept the invitation.</source>
        <translation>%1 尚未加入此倡议：只有 %1 的代表可以接受邀请。</translation>
    </message>
    <message>
        <source>%1 was not invited to this initiative: its lead country or the secretariat invites partners first.</source>
        <translation>%1 未被邀请参加此倡议：伙伴国须先由牵头国或秘书处邀请。</translation>
    </message>
    <message>
        <source>Only the secretariat can hand an initiative to another lead country.</source>
        <translation>只有秘书处可以将倡议移交给另一个牵头国。</translation>
    </message>
    <message>
        <source>Only the secretariat can end an initiative or reopen an ended one.</source>
        <translation>只有秘书处可以结束倡议或重新启动已结束的倡议。</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can invite or remove partner countries.</source>
        <translation>只有 %1 的代表和秘书处可以邀请或移除伙伴国。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Only practices go through review.</source>
        <translation>只有实践需要经过审核。</translation>
    </message>
    <message>
        <source>Choose the status to move the practice to.</source>
        <translation>请选择实践要转入的状态。</translation>
    </message>
    <message>
        <source>Only posts can be hidden.</source>
        <translation>只有帖子可以隐藏。</translation>
    </message>
    <message>
        <source>The practice has an unknown status, &quot;%1&quot;.</source>
        <translation>该实践的状态“%1”未知。</translation>
    </message>
    <message>
        <source>The practice is already &quot;%1&quot;.</source>
        <translation>该实践已经是“%1”。</translation>
    </message>
    <message>
        <source>A practice cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>实践不能从“%1”转为“%2”。</translation>
    </message>
    <message>
        <source>A record cannot change its kind.</source>
        <translation>记录不能更改其类型。</translation>
    </message>
    <message>
        <source>This record does not exist or was already deleted.</source>
        <translation>此记录不存在或已被删除。</translation>
    </message>
    <message>
        <source>Only the secretariat can end an initiative.</source>
        <translation>只有秘书处可以结束倡议。</translation>
    </message>
    <message>
        <source>Delegates can assign records only to their own country.</source>
        <translation>代表只能将记录归属于本国。</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can see this practice until it is published.</source>
        <translation>在发布之前，只有 %1 的代表和秘书处可以查看此实践。</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can add practices for %1.</source>
        <translation>只有 %1 的代表和秘书处可以为 %1 添加实践。</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can edit this practice.</source>
        <translation>只有 %1 的代表和秘书处可以编辑此实践。</translation>
    </message>
    <message>
        <source>This practice is &quot;%2&quot;: only the secretariat can change it now.</source>
        <translation>此实践为“%2”：现在只有秘书处可以更改它。</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can delete this practice.</source>
        <translation>只有 %1 的代表和秘书处可以删除此实践。</translation>
    </message>
    <message>
        <source>This practice is &quot;%2&quot;: delegates can delete only drafts. Ask the secretariat to delete it.</source>
        <translation>此实践为“%2”：代表只能删除草稿。请联系秘书处删除。</translation>
    </message>
    <message>
        <source>Only the author of this thread and the secretariat can edit it.</source>
        <translation>只有此讨论主题的作者和秘书处可以编辑它。</translation>
    </message>
    <message>
        <source>Only the secretariat can delete a thread.</source>
        <translation>只有秘书处可以删除讨论主题。</translation>
    </message>
    <message>
        <source>This post was hidden by the secretariat.</source>
        <translation>此帖子已被秘书处隐藏。</translation>
    </message>
    <message>
        <source>Only the author of a post can edit it.</source>
        <translation>只有帖子的作者可以编辑它。</translation>
    </message>
    <message>
        <source>Only the author of a post and the secretariat can delete it.</source>
        <translation>只有帖子的作者和秘书处可以删除它。</translation>
    </message>
    <message>
        <source>Only the secretariat can add meetings.</source>
        <translation>只有秘书处可以添加会议。</translation>
    </message>
    <message>
        <source>Only the secretariat can edit meetings.</source>
        <translation>只有秘书处可以编辑会议。</translation>
    </message>
    <message>
        <source>Only the secretariat can delete meetings.</source>
        <translation>只有秘书处可以删除会议。</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can record commitments of %1.</source>
        <translation>只有 %1 的代表和秘书处可以记录 %1 的承诺。</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can update this commitment.</source>
        <translation>只有 %1 的代表和秘书处可以更新此承诺。</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can delete this commitment.</source>
        <translation>只有 %1 的代表和秘书处可以删除此承诺。</translation>
    </message>
    <message>
        <source>Only delegates of %1, of the countries invited to this initiative and the secretariat can see it while it is proposed.</source>
        <translation>倡议处于提议阶段时，只有 %1 的代表、受邀国家的代表和秘书处可以查看。</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can propose initiatives led by %1.</source>
        <translation>只有 %1 的代表和秘书处可以提议由 %1 牵头的倡议。</translation>
    </message>
    <message>
        <source>Only delegates of %1, of the partner countries that joined this initiative and the secretariat can edit it.</source>
        <translation>只有 %1 的代表、已加入此倡议的伙伴国的代表和秘书处可以编辑它。</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can delete this initiative.</source>
        <translation>只有 %1 的代表和秘书处可以删除此倡议。</translation>
    </message>
    <message>
        <source>This initiative is &quot;%2&quot;: only the secretariat can delete it now.</source>
        <translation>此倡议为“%2”：现在只有秘书处可以删除它。</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can submit this practice.</source>
        <translation>只有 %1 的代表和秘书处可以提交此实践。</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can withdraw this practice.</source>
        <translation>只有 %1 的代表和秘书处可以撤回此实践。</translation>
    </message>
    <message>
        <source>Only delegates of %1 and the secretariat can resubmit this practice.</source>
        <translation>只有 %1 的代表和秘书处可以重新提交此实践。</translation>
    </message>
    <message>
        <source>Only the secretariat can start the review of a practice.</source>
        <translation>只有秘书处可以开始审核实践。</translation>
    </message>
    <message>
        <source>Only the secretariat can request changes to a practice.</source>
        <translation>只有秘书处可以要求修改实践。</translation>
    </message>
    <message>
        <source>Only the secretariat can publish a practice.</source>
        <translation>只有秘书处可以发布实践。</translation>
    </message>
    <message>
        <source>Only the secretariat can archive a practice.</source>
        <translation>只有秘书处可以归档实践。</translation>
    </message>
    <message>
        <source>Only the secretariat can restore an archived practice.</source>
        <translation>只有秘书处可以恢复已归档的实践。</translation>
    </message>
</context>
<context>
    <name>smec::domain::FieldSchema</name>
    <message>
        <source>Fill in &quot;%1&quot;.</source>
        <translation>请填写“%1”。</translation>
    </message>
    <message>
        <source>Digital transformation</source>
        <translation>数字化转型</translation>
    </message>
    <message>
        <source>Access to finance</source>
        <translation>获得融资</translation>
    </message>
    <message>
        <source>Green transition</source>
        <translation>绿色转型</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Give the practice a title.</source>
        <translation>请为实践填写标题。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Add a summary of the practice before submitting.</source>
        <translation>提交前请添加实践摘要。</translation>
    </message>
    <message>
        <source>Policy or programme</source>
        <translation>政策或方案</translation>
    </message>
    <message>
        <source>Describe the policy or programme and how it was implemented before submitting.</source>
        <translation>提交前请描述该政策或方案及其实施方式。</translation>
    </message>
    <message>
        <source>Results and evidence</source>
        <translation>成果与证据</translation>
    </message>
    <message>
        <source>Describe the tangible results and the evidence for them before submitting.</source>
        <translation>提交前请描述取得的实际成果及其证据。</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Choose the country of the practice before submitting.</source>
        <translation>提交前请选择实践所属国家。</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>支柱</translation>
    </message>
    <message>
        <source>Choose at least one pillar before submitting.</source>
        <translation>提交前请至少选择一个支柱。</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>补助金</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>担保</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>股权投资</translation>
    </message>
    <message>
        <source>Tax incentive</source>
        <translation>税收优惠</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>监管</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Advisory services</source>
        <translation>咨询服务</translation>
    </message>
    <message>
        <source>Digital service</source>
        <translation>数字服务</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Public procurement</source>
        <translation>公共采购</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>政策工具</translation>
    </message>
    <message>
        <source>Choose the policy instrument before submitting.</source>
        <translation>提交前请选择政策工具。</translation>
    </message>
    <message>
        <source>Micro enterprises</source>
        <translation>微型企业</translation>
    </message>
    <message>
        <source>Small enterprises</source>
        <translation>小型企业</translation>
    </message>
    <message>
        <source>Medium-sized enterprises</source>
        <translation>中型企业</translation>
    </message>
    <message>
        <source>Start-ups</source>
        <translation>初创企业</translation>
    </message>
    <message>
        <source>Women-led enterprises</source>
        <translation>女性领导的企业</translation>
    </message>
    <message>
        <source>Youth-led enterprises</source>
        <translation>青年领导的企业</translation>
    </message>
    <message>
        <source>Exporters</source>
        <translation>出口企业</translation>
    </message>
    <message>
        <source>Informal enterprises</source>
        <translation>非正规企业</translation>
    </message>
    <message>
        <source>Rural enterprises</source>
        <translation>农村企业</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>目标群体</translation>
    </message>
    <message>
        <source>Implementing organisation</source>
        <translation>实施机构</translation>
    </message>
    <message>
        <source>Name the organisation that implemented the practice before submitting.</source>
        <translation>提交前请填写实施该实践的机构名称。</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>Give the year the practice started before submitting.</source>
        <translation>提交前请填写实践开始的年份。</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>结束年份</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation>预算（美元）</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>受益者</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>新兴</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有前景</translation>
    </message>
    <message>
        <source>Proven</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Evidence level</source>
        <translation>证据级别</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Give the thread a title.</source>
        <translation>请为讨论主题填写标题。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>磋商</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Related practices</source>
        <translation>相关实践</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>讨论主题</translation>
    </message>
    <message>
        <source>A post must belong to a thread.</source>
        <translation>帖子必须属于某个讨论主题。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Write a message before posting.</source>
        <translation>发帖前请撰写消息。</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>回复对象</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>Reason for hiding</source>
        <translation>隐藏原因</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>请为会议填写标题。</translation>
    </message>
    <message>
        <source>Global ministerial</source>
        <translation>全球部长级</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Choose the type of meeting.</source>
        <translation>请选择会议类型。</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Give the date the meeting starts.</source>
        <translation>请填写会议开始日期。</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>东道国</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Participating countries</source>
        <translation>参会国家</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Choose the country that made the commitment.</source>
        <translation>请选择作出承诺的国家。</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>支柱</translation>
    </message>
    <message>
        <source>Choose the pillar of the commitment.</source>
        <translation>请选择承诺所属的支柱。</translation>
    </message>
    <message>
        <source>Give the commitment a title.</source>
        <translation>请为承诺填写标题。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>已宣布</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>Partially achieved</source>
        <translation>部分实现</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>未实现</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Give the initiative a title.</source>
        <translation>请为倡议填写标题。</translation>
    </message>
    <message>
        <source>Lead country</source>
        <translation>牵头国</translation>
    </message>
    <message>
        <source>Choose the country that leads the initiative.</source>
        <translation>请选择牵头该倡议的国家。</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>已加入</translation>
    </message>
    <message>
        <source>Partner countries</source>
        <translation>伙伴国</translation>
    </message>
    <message>
        <source>Joint programme</source>
        <translation>联合方案</translation>
    </message>
    <message>
        <source>Peer review</source>
        <translation>同行审议</translation>
    </message>
    <message>
        <source>Twinning</source>
        <translation>结对合作</translation>
    </message>
    <message>
        <source>Regional facility</source>
        <translation>区域机制</translation>
    </message>
    <message>
        <source>Coordinated policy</source>
        <translation>协调政策</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Launched at meeting</source>
        <translation>发起会议</translation>
    </message>
    <message>
        <source>Related commitments</source>
        <translation>相关承诺</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
</context>
<context>
    <name>smec::domain::PracticeStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>smec::domain::ReferenceData</name>
    <message>
        <source>&quot;%1&quot; must be a non-empty string.</source>
        <translation>“%1”必须是非空字符串。</translation>
    </message>
    <message>
        <source>The built-in reference file %1 is missing.</source>
        <translation>缺少内置参考文件 %1。</translation>
    </message>
    <message>
        <source>The built-in reference file %1 is not a JSON array.</source>
        <translation>内置参考文件 %1 不是 JSON 数组。</translation>
    </message>
    <message>
        <source>The reference data is not valid JSON: %1.</source>
        <translation>参考数据不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>The reference data must be a JSON object.</source>
        <translation>参考数据必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;countries&quot; must be an array.</source>
        <translation>“countries”必须是数组。</translation>
    </message>
    <message>
        <source>&quot;pillars&quot; must be an array.</source>
        <translation>“pillars”必须是数组。</translation>
    </message>
    <message>
        <source>&quot;users&quot; must be an array.</source>
        <translation>“users”必须是数组。</translation>
    </message>
    <message>
        <source>Each country must be a JSON object.</source>
        <translation>每个国家都必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upper-case alpha-3 code.</source>
        <translation>“%1”不是大写的三字母代码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upper-case alpha-2 code.</source>
        <translation>“%1”不是大写的两字母代码。</translation>
    </message>
    <message>
        <source>The country code %1 appears twice.</source>
        <translation>国家代码 %1 出现了两次。</translation>
    </message>
    <message>
        <source>Each pillar must be a JSON object.</source>
        <translation>每个支柱都必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;description&quot; must be a string.</source>
        <translation>“description”必须是字符串。</translation>
    </message>
    <message>
        <source>The pillar %1 appears twice.</source>
        <translation>支柱 %1 出现了两次。</translation>
    </message>
    <message>
        <source>Each user needs an &quot;id&quot; and a known &quot;role&quot;.</source>
        <translation>每个用户都需要“id”和一个已知的“role”。</translation>
    </message>
    <message>
        <source>The user %1 appears twice.</source>
        <translation>用户 %1 出现了两次。</translation>
    </message>
</context>
<context>
    <name>smec::domain::Region</name>
    <message>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>美洲</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>亚洲</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>大洋洲</translation>
    </message>
    <message>
        <source>Australia and New Zealand</source>
        <translation>澳大利亚和新西兰</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>中亚</translation>
    </message>
    <message>
        <source>Eastern Asia</source>
        <translation>东亚</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>东欧</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>拉丁美洲和加勒比</translation>
    </message>
    <message>
        <source>Melanesia</source>
        <translation>美拉尼西亚</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>密克罗尼西亚</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>北非</translation>
    </message>
    <message>
        <source>Northern America</source>
        <translation>北美</translation>
    </message>
    <message>
        <source>Northern Europe</source>
        <translation>北欧</translation>
    </message>
    <message>
        <source>Polynesia</source>
        <translation>波利尼西亚</translation>
    </message>
    <message>
        <source>South-eastern Asia</source>
        <translation>东南亚</translation>
    </message>
    <message>
        <source>Southern Asia</source>
        <translation>南亚</translation>
    </message>
    <message>
        <source>Southern Europe</source>
        <translation>南欧</translation>
    </message>
    <message>
        <source>Sub-Saharan Africa</source>
        <translation>撒哈拉以南非洲</translation>
    </message>
    <message>
        <source>Western Asia</source>
        <translation>西亚</translation>
    </message>
    <message>
        <source>Western Europe</source>
        <translation>西欧</translation>
    </message>
</context>
<context>
    <name>smec::domain::User</name>
    <message>
        <source>Analyst</source>
        <translation>分析员</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>smec::domain::Validator</name>
    <message>
        <source>%1 must be one of the listed values.</source>
        <translation>%1 必须是所列值之一。</translation>
    </message>
    <message>
        <source>%1 must be yes or no.</source>
        <translation>%1 必须为是或否。</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>%1 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1 must be a language code such as &quot;en&quot;, &quot;fr&quot; or &quot;es-419&quot;.</source>
        <translation>%1 必须是语言代码，例如“en”、“fr”或“es-419”。</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 必须是文本。</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters where at most %3 are allowed. Shorten it.</source>
        <translation>%1 太长：有 %2 个字符，最多允许 %3 个。请缩短。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 必须是数字。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必须介于 %2 和 %3 之间。</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 必须至少为 %2。</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1 最多为 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid choice for &quot;%2&quot;; choose one of: %3.</source>
        <translation>“%1”不是“%2”的有效选项；请从以下选项中选择：%3。</translation>
    </message>
    <message>
        <source>%1 must refer to a record by its id.</source>
        <translation>%1 必须通过 ID 引用记录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country of the reference list; use its three-letter ISO code, such as &quot;KEN&quot;.</source>
        <translation>“%1”不是参考列表中的国家；请使用其三字母 ISO 代码，例如“KEN”。</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 必须是列表。</translation>
    </message>
    <message>
        <source>%1 has %2 entries where at most %3 are allowed.</source>
        <translation>%1 有 %2 项，最多允许 %3 项。</translation>
    </message>
    <message>
        <source>%1 lists &quot;%2&quot; twice.</source>
        <translation>%1 两次列出了“%2”。</translation>
    </message>
    <message>
        <source>Entry %1 of %2</source>
        <translation>%2 的第 %1 项</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>Source %1 must have a title and a web address.</source>
        <translation>来源 %1 必须有标题和网址。</translation>
    </message>
    <message>
        <source>The title of source %1</source>
        <translation>来源 %1 的标题</translation>
    </message>
    <message>
        <source>Source %1 needs a web address starting with http:// or https://.</source>
        <translation>来源 %1 需要以 http:// 或 https:// 开头的网址。</translation>
    </message>
    <message>
        <source>Partner %1 must have a country and a state (%2).</source>
        <translation>伙伴 %1 必须有国家和状态（%2）。</translation>
    </message>
    <message>
        <source>Milestone %1 must have an id, a title, a due date and whether it is done.</source>
        <translation>里程碑 %1 必须有 ID、标题、截止日期以及是否完成。</translation>
    </message>
    <message>
        <source>Milestone %1 needs an id (a UUID) that stays the same when it is edited.</source>
        <translation>里程碑 %1 需要一个在编辑时保持不变的 ID（UUID）。</translation>
    </message>
    <message>
        <source>Give milestone %1 a title.</source>
        <translation>请为里程碑 %1 填写标题。</translation>
    </message>
    <message>
        <source>The title of milestone %1</source>
        <translation>里程碑 %1 的标题</translation>
    </message>
    <message>
        <source>The due date of milestone %1 must be written as YYYY-MM-DD.</source>
        <translation>里程碑 %1 的截止日期必须写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Whether milestone %1 is done must be yes or no.</source>
        <translation>里程碑 %1 是否完成必须为是或否。</translation>
    </message>
    <message>
        <source>The end year (%1) is before the start year (%2).</source>
        <translation>结束年份（%1）早于起始年份（%2）。</translation>
    </message>
    <message>
        <source>Write a review note telling the delegation what to change.</source>
        <translation>请撰写审核意见，告诉代表团需要修改什么。</translation>
    </message>
    <message>
        <source>The meeting ends (%1) before it starts (%2).</source>
        <translation>会议结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>The initiative ends (%1) before it starts (%2).</source>
        <translation>倡议结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>The lead country cannot also be a partner.</source>
        <translation>牵头国不能同时是伙伴国。</translation>
    </message>
</context>
<context>
    <name>smec::exporting::PdfExporter</name>
    <message>
        <source>Exported on %1</source>
        <translation>导出于 %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>section number and title</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>smec::exporting::RecordExporter</name>
    <message>
        <source>SME policy practices</source>
        <translation>中小企业政策实践</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) from the Global SME Ministerial Community Platform</source>
        <translation>
            <numerusform>来自全球中小企业部长级共同体平台的 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Discussion posts</source>
        <translation>讨论帖子</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Joint initiatives</source>
        <translation>联合倡议</translation>
    </message>
</context>
<context>
    <name>smec::models::BackgroundReader</name>
    <message>
        <source>The replica is not open.</source>
        <translation>本地副本未打开。</translation>
    </message>
</context>
<context>
    <name>smec::models::CommitmentTrackerModel</name>
    <message>
        <source>%1, due %2</source>
        <translation>%1，%2 到期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>无支柱</translation>
    </message>
    <message>
        <source>No meeting</source>
        <translation>无会议</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %Ln commitment(s)</source>
        <translation>
            <numerusform>%1，%2：%Ln 项承诺</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smec::models::DisplayText</name>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
</context>
<context>
    <name>smec::models::FacetModel</name>
    <message>
        <source>Pillar</source>
        <translation>支柱</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>伙伴国</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>政策工具</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>目标群体</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <comment>facet value with its count</comment>
        <translation>%1（%L2）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n practice(s)</source>
        <comment>facet value for screen readers</comment>
        <translation>
            <numerusform>%1，%n 项实践</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
</context>
<context>
    <name>smec::models::NavigationModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>sidebar section with a count</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s)</source>
        <comment>sidebar section for screen readers</comment>
        <translation>
            <numerusform>%1，%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>实践</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>我的草稿</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>sidebar section for screen readers: its name, what asks for attention</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>smec::models::RecordListModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>东道国</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>支柱</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>政策工具</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>撰写时间</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>smec::models::RecordMarkdown</name>
    <message>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>此记录已被删除。</translation>
    </message>
    <message>
        <source>Untitled practice</source>
        <translation>无标题实践</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>支柱</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>政策工具</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>目标群体</translation>
    </message>
    <message>
        <source>Implementing organisation</source>
        <translation>实施机构</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 年起</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>years</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>USD %1</source>
        <translation>%1 美元</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>受益者</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Review note:</source>
        <translation>审核意见：</translation>
    </message>
    <message>
        <source>The policy and how it was implemented</source>
        <translation>政策及其实施方式</translation>
    </message>
    <message>
        <source>Results and evidence</source>
        <translation>成果与证据</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>Hidden by the secretariat: %1</source>
        <translation>已被秘书处隐藏：%1</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>dates</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>city, country</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会方</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>支柱</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Lead country</source>
        <translation>牵头国</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>伙伴国</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Milestones (%1 of %2 done)</source>
        <translation>里程碑（已完成 %1 / %2）</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（截止 %2）</translation>
    </message>
</context>
<context>
    <name>smec::models::SavedSearchModel</name>
    <message>
        <source>Saved search %1</source>
        <translation>已保存的搜索 %1</translation>
    </message>
    <message>
        <source>Saved search %1: %2</source>
        <translation>已保存的搜索 %1：%2</translation>
    </message>
</context>
<context>
    <name>smec::models::SearchResultModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>实践</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Discussion post</source>
        <translation>讨论帖子</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Joint initiative</source>
        <translation>联合倡议</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <comment>search hit: kind, title and excerpt</comment>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>smec::protocol</name>
    <message>
        <source>the document must be a JSON object</source>
        <translation>文档必须是 JSON 对象</translation>
    </message>
    <message>
        <source>not allowed in a tombstone, which is {&quot;id&quot;,&quot;kind&quot;,&quot;rev&quot;,&quot;deleted&quot;:true}</source>
        <translation>不允许出现在删除标记中，删除标记为 {&quot;id&quot;,&quot;kind&quot;,&quot;rev&quot;,&quot;deleted&quot;:true}</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>record %1 appears twice in one page</source>
        <translation>记录 %1 在同一页中出现了两次</translation>
    </message>
    <message>
        <source>op</source>
        <translation>op</translation>
    </message>
    <message>
        <source>a delete carries no fields</source>
        <translation>删除操作不携带字段</translation>
    </message>
    <message>
        <source>must hold at least one mutation</source>
        <translation>必须至少包含一个变更</translation>
    </message>
    <message>
        <source>holds %1 mutations, more than the limit of %2</source>
        <translation>包含 %1 个变更，超过了 %2 的上限</translation>
    </message>
    <message>
        <source>repeats the mutation_id of mutations[%1]</source>
        <translation>重复了 mutations[%1] 的 mutation_id</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>a rejected result carries no record</source>
        <translation>被拒绝的结果不携带记录</translation>
    </message>
    <message>
        <source>only a rejected result carries an error</source>
        <translation>只有被拒绝的结果才携带错误</translation>
    </message>
    <message>
        <source>must be at most %1 bytes long</source>
        <translation>长度最多为 %1 字节</translation>
    </message>
    <message>
        <source>must be an ISO 3166-1 alpha-3 code such as KEN, not &quot;%1&quot;</source>
        <translation>必须是 ISO 3166-1 三字母代码，例如 KEN，而不是“%1”</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>must hold only letters, digits and -._~+/=</source>
        <translation>只能包含字母、数字和 -._~+/=</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>the document is %1 bytes, more than the limit of %2 bytes</source>
        <translation>文档大小为 %1 字节，超过了 %2 字节的上限</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>第 %1 字节：%2</translation>
    </message>
    <message>
        <source>a deleted revision carries no fields</source>
        <translation>已删除的修订不含字段</translation>
    </message>
    <message>
        <source>revisions must come newest first, each rev once</source>
        <translation>修订必须按从新到旧排列，每个修订号只出现一次</translation>
    </message>
</context>
<context>
    <name>smec::protocol::ObjectReader</name>
    <message>
        <source>must be %1, not %2</source>
        <translation>必须是 %1，而不是 %2</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>未知的 %1“%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>未知成员</translation>
    </message>
    <message>
        <source>missing required member</source>
        <translation>缺少必需的成员</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters long</source>
        <translation>长度必须为 %1 至 %2 个字符</translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>长度最多为 %1 个字符</translation>
    </message>
    <message>
        <source>must be a UUID in canonical form (lower-case, no braces), not &quot;%1&quot;</source>
        <translation>必须是规范格式的 UUID（小写，无大括号），而不是“%1”</translation>
    </message>
    <message>
        <source>must be an integer from 0 to %1</source>
        <translation>必须是 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>must be a UTC time like 2026-03-01T09:30:00.000Z, not &quot;%1&quot;</source>
        <translation>必须是类似 2026-03-01T09:30:00.000Z 的 UTC 时间，而不是“%1”</translation>
    </message>
    <message>
        <source>must be a snake_case code, not &quot;%1&quot;</source>
        <translation>必须是 snake_case 代码，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>smec::protocol::Scanner</name>
    <message>
        <source>a byte order mark is not allowed</source>
        <translation>不允许使用字节顺序标记</translation>
    </message>
    <message>
        <source>empty document</source>
        <translation>空文档</translation>
    </message>
    <message>
        <source>the document must be a JSON object or array</source>
        <translation>文档必须是 JSON 对象或数组</translation>
    </message>
    <message>
        <source>unexpected data after the JSON value</source>
        <translation>JSON 值之后有多余的数据</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>第 %1 字节</translation>
    </message>
    <message>
        <source>at %1 (byte %2)</source>
        <translation>%1（第 %2 字节）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>unexpected end of document, a value was expected</source>
        <translation>文档意外结束，此处应为一个值</translation>
    </message>
    <message>
        <source>unexpected character, a value was expected</source>
        <translation>意外的字符，此处应为一个值</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>无效的字面量</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>a member name in double quotes was expected</source>
        <translation>此处应为双引号括起的成员名</translation>
    </message>
    <message>
        <source>duplicate member name</source>
        <translation>成员名重复</translation>
    </message>
    <message>
        <source>a colon was expected after the member name</source>
        <translation>成员名之后应为冒号</translation>
    </message>
    <message>
        <source>a comma or a closing brace was expected</source>
        <translation>此处应为逗号或右大括号</translation>
    </message>
    <message>
        <source>a comma or a closing bracket was expected</source>
        <translation>此处应为逗号或右方括号</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <source>control character U+%1 must be escaped</source>
        <translation>控制字符 U+%1 必须转义</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence</source>
        <translation>无效的 UTF-8 字节序列</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation>\u 之后必须跟四个十六进制数字</translation>
    </message>
    <message>
        <source>\u0000 is not allowed in strings</source>
        <translation>字符串中不允许出现 \u0000</translation>
    </message>
    <message>
        <source>lone low surrogate escape</source>
        <translation>孤立的低代理项转义</translation>
    </message>
    <message>
        <source>lone high surrogate escape</source>
        <translation>孤立的高代理项转义</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>无效的转义序列</translation>
    </message>
    <message>
        <source>member name longer than %1 bytes</source>
        <translation>成员名长度超过 %1 字节</translation>
    </message>
    <message>
        <source>string longer than %1 bytes</source>
        <translation>字符串长度超过 %1 字节</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>无效的数字</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros</source>
        <translation>数字不能有前导零</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>无效的数字：小数点后必须有数字</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>无效的数字：指数后必须有数字</translation>
    </message>
    <message>
        <source>integer out of the 64-bit range</source>
        <translation>整数超出 64 位范围</translation>
    </message>
    <message>
        <source>number out of the range of a double</source>
        <translation>数字超出双精度浮点数范围</translation>
    </message>
</context>
<context>
    <name>smec::replica</name>
    <message>
        <source>Full-text search is not available: %1 (%2).</source>
        <translation>全文搜索不可用：%1（%2）。</translation>
    </message>
    <message>
        <source>A %1 list has no year range.</source>
        <translation>%1 列表没有年份范围。</translation>
    </message>
    <message>
        <source>Only posts belong to a thread.</source>
        <translation>只有帖子属于讨论主题。</translation>
    </message>
    <message>
        <source>A %1 list has no meeting filter.</source>
        <translation>%1 列表没有会议筛选条件。</translation>
    </message>
    <message>
        <source>A %1 list cannot be counted by &quot;%2&quot;.</source>
        <translation>%1 列表不能按“%2”计数。</translation>
    </message>
    <message>
        <source>Local database error (look up %1): %2</source>
        <translation>本地数据库错误（查找 %1）：%2</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>没有记录 %1。</translation>
    </message>
    <message>
        <source>There is no outbox entry %1.</source>
        <translation>没有发件箱条目 %1。</translation>
    </message>
    <message>
        <source>Record %1 has no conflict.</source>
        <translation>记录 %1 没有冲突。</translation>
    </message>
    <message>
        <source>Field %1 of record %2 has no conflicting hunks.</source>
        <translation>记录 %2 的字段 %1 没有冲突片段。</translation>
    </message>
    <message>
        <source>Field %1 of record %2 has no hunk %3 (it has hunks 0 to %4).</source>
        <translation>记录 %2 的字段 %1 没有片段 %3（它有片段 0 至 %4）。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not available.</source>
        <translation>Qt SQLite 驱动程序不可用。</translation>
    </message>
    <message>
        <source>The replica %1 could not switch to write-ahead logging.</source>
        <translation>本地副本 %1 无法切换到预写式日志。</translation>
    </message>
    <message>
        <source>The replica is not open.</source>
        <translation>本地副本未打开。</translation>
    </message>
    <message>
        <source>Local database error (%1): %2</source>
        <translation>本地数据库错误（%1）：%2</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>已保存的搜索需要一个名称。</translation>
    </message>
    <message>
        <source>The saved search could not be read back.</source>
        <translation>无法读回已保存的搜索。</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of SME Community (schema %1, this version knows %2). Update the application.</source>
        <translation>本地数据库由较新版本的中小企业共同体写入（模式 %1，此版本支持 %2）。请更新应用程序。</translation>
    </message>
    <message>
        <source>Migrating the local database to schema %1 failed: %2</source>
        <translation>将本地数据库迁移到模式 %1 失败：%2</translation>
    </message>
    <message>
        <source>Local database error (index queue).</source>
        <translation>本地数据库错误（索引队列）。</translation>
    </message>
    <message>
        <source>Only initiatives invite countries.</source>
        <translation>只有倡议才能邀请国家。</translation>
    </message>
</context>
<context>
    <name>smec::sync</name>
    <message>
        <source>The server answered %1 with a body that is not an API error.</source>
        <translation>服务器对 %1 的应答正文不是 API 错误。</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <source>The server&apos;s health answer is not valid: %1</source>
        <translation>服务器的健康检查应答无效：%1</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer is not valid: %1</source>
        <translation>服务器的登录应答无效：%1</translation>
    </message>
    <message>
        <source>The server&apos;s reference data is not valid: %1</source>
        <translation>服务器的参考数据无效：%1</translation>
    </message>
    <message>
        <source>A change page from the server is not valid (%1).</source>
        <translation>服务器的变更页无效（%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s mutation results are not valid: %1</source>
        <translation>服务器的变更结果无效：%1</translation>
    </message>
    <message>
        <source>The server answered %1 results for %2 mutations.</source>
        <translation>服务器对 %2 个变更返回了 %1 个结果。</translation>
    </message>
    <message>
        <source>The server&apos;s change page and its X-Changes-Cursor header disagree.</source>
        <translation>服务器的变更页与其 X-Changes-Cursor 标头不一致。</translation>
    </message>
    <message>
        <source>The change feed ended without a last page.</source>
        <translation>变更流在没有最后一页的情况下结束。</translation>
    </message>
    <message>
        <source>The server answered mutation %1 where %2 was expected.</source>
        <translation>服务器应答了变更 %1，而预期为 %2。</translation>
    </message>
    <message>
        <source>The server applied mutation %1 to another record.</source>
        <translation>服务器将变更 %1 应用到了另一条记录。</translation>
    </message>
    <message>
        <source>Cannot read the trusted CA file %1: %2</source>
        <translation>无法读取受信任的 CA 文件 %1：%2</translation>
    </message>
    <message>
        <source>The trusted CA file %1 holds no PEM certificate.</source>
        <translation>受信任的 CA 文件 %1 不包含 PEM 证书。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the client accepts.</source>
        <translation>服务器的应答超出了客户端可接受的大小。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>无法验证服务器的证书：%1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>无法访问服务器：%1</translation>
    </message>
    <message>
        <source>The connection to the server broke: %1</source>
        <translation>与服务器的连接已中断：%1</translation>
    </message>
    <message>
        <source>The server&apos;s list of revisions is not valid: %1</source>
        <translation>服务器的修订列表无效：%1</translation>
    </message>
    <message>
        <source>The server said more revisions follow but sent none.</source>
        <translation>服务器表示还有更多修订，但没有发送。</translation>
    </message>
</context>
<context>
    <name>smec::sync::HistoryLoader</name>
    <message>
        <source>The server could not be reached (%1) and no history of this record is kept here.</source>
        <translation>无法连接服务器（%1），且本机未保存此记录的历史。</translation>
    </message>
    <message>
        <source>No history of this record is kept here, and there is no server to ask.</source>
        <translation>本机未保存此记录的历史，也没有可查询的服务器。</translation>
    </message>
</context>
<context>
    <name>smec::sync::ServerConnection</name>
    <message>
        <source>The profile %1 is not signed in to a server.</source>
        <translation>配置文件 %1 尚未登录到服务器。</translation>
    </message>
    <message>
        <source>No token is stored.</source>
        <translation>未保存令牌。</translation>
    </message>
</context>
</TS>
