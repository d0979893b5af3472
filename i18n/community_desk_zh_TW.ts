<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/member_form.py" line="+60"/>
        <source>18位公民身份号码，15位旧号自动升级</source>
        <translation type="unfinished">18位公民身份號碼，15位舊號自動升級</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>务工、经商、就学、投亲…</source>
        <translation type="unfinished">務工、經商、就學、投親…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名*</source>
        <translation type="unfinished">姓名*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>曾用名</source>
        <translation type="unfinished">曾用名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件类型</source>
        <translation type="unfinished">證件型別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件号码</source>
        <translation type="unfinished">證件號碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>性别</source>
        <translation type="unfinished">性別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation type="unfinished">出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民族</source>
        <translation type="unfinished">民族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation type="unfinished">聯絡電話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>政治面貌</source>
        <translation type="unfinished">政治面貌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文化程度</source>
        <translation type="unfinished">文化程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>婚姻状况</source>
        <translation type="unfinished">婚姻狀況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>宗教信仰</source>
        <translation type="unfinished">宗教信仰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作单位/职业</source>
        <translation type="unfinished">工作單位/職業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兵役状况</source>
        <translation type="unfinished">兵役狀況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员类别</source>
        <translation type="unfinished">人員類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来本地日期</source>
        <translation type="unfinished">來本地日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暂住事由</source>
        <translation type="unfinished">暫住事由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>户籍地址</source>
        <translation type="unfinished">戶籍地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/address_fields.py" line="+36"/>
        <source>（请先新建网格）</source>
        <translation type="unfinished">（請先新建網格）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建网格…</source>
        <translation type="unfinished">新建網格…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（请选择或新建楼栋）</source>
        <translation type="unfinished">（請選擇或新建樓棟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建楼栋…</source>
        <translation type="unfinished">新建樓棟…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>如 2，院落可留空</source>
        <translation type="unfinished">如 2，院落可留空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如 501</source>
        <translation type="unfinished">如 501</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>网格</source>
        <translation type="unfinished">網格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>楼栋（院）</source>
        <translation type="unfinished">樓棟（院）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单元</source>
        <translation type="unfinished">單元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>房号</source>
        <translation type="unfinished">房號</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>新建网格</source>
        <translation type="unfinished">新建網格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格名称：</source>
        <translation type="unfinished">網格名稱：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>未能新建网格</source>
        <translation type="unfinished">未能新建網格</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>新建楼栋</source>
        <translation type="unfinished">新建樓棟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先选择或新建网格。</source>
        <translation type="unfinished">請先選擇或新建網格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 新的楼栋（院）名称，如“3号楼”“幸福院”：</source>
        <translation type="unfinished">{0} 新的樓棟（院）名稱，如“3號樓”“幸福院”：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建楼栋（院）</source>
        <translation type="unfinished">新建樓棟（院）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>未能新建楼栋</source>
        <translation type="unfinished">未能新建樓棟</translation>
    </message>
</context>
<context>
    <name>AddressTreeModel</name>
    <message>
        <location filename="../community_desk/ui/models/address_tree.py" line="+24"/>
        <source>地址</source>
        <translation type="unfinished">地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部网格</source>
        <translation type="unfinished">全部網格</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0}（{1}人）</source>
        <translation type="unfinished">{0}（{1}人）</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../community_desk/ui/audit_dialog.py" line="+82"/>
        <source>审计日志</source>
        <translation type="unfinished">審計日誌</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location line="-46"/>
        <source>时间</source>
        <translation type="unfinished">時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作人</source>
        <translation type="unfinished">操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation type="unfinished">操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>摘要</source>
        <translation type="unfinished">摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改前</source>
        <translation type="unfinished">修改前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改后</source>
        <translation type="unfinished">修改後</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>新增</source>
        <translation type="unfinished">新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改</source>
        <translation type="unfinished">修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation type="unfinished">刪除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转户</source>
        <translation type="unfinished">轉戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销</source>
        <translation type="unfinished">註銷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迁出</source>
        <translation type="unfinished">遷出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>死亡</source>
        <translation type="unfinished">死亡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>演示数据</source>
        <translation type="unfinished">演示資料</translation>
    </message>
</context>
<context>
    <name>EditHouseholdDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/dialogs.py" line="+143"/>
        <source>修改户信息</source>
        <translation type="unfinished">修改戶資訊</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>留空保持原户号</source>
        <translation type="unfinished">留空保持原戶號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>住址改动时，记入“地址变更”的日期</source>
        <translation type="unfinished">住址改動時，記入“地址變更”的日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>户号</source>
        <translation type="unfinished">戶號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居住性质</source>
        <translation type="unfinished">居住性質</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更日期</source>
        <translation type="unfinished">變更日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>住址</source>
        <translation type="unfinished">住址</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>该户已不存在（可能已被他人删除）</source>
        <translation type="unfinished">該戶已不存在（可能已被他人刪除）</translation>
    </message>
</context>
<context>
    <name>EndTagDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/tag_dialog.py" line="+107"/>
        <source>结束特殊人群标记</source>
        <translation type="unfinished">結束特殊人群標記</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>标记</source>
        <translation type="unfinished">標記</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}（{1}起）</source>
        <translation type="unfinished">{0}（{1}起）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束日期</source>
        <translation type="unfinished">結束日期</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/event_dialog.py" line="+36"/>
        <source>迁出登记</source>
        <translation type="unfinished">遷出登記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>死亡登记</source>
        <translation type="unfinished">死亡登記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户内变更（与户主关系）</source>
        <translation type="unfinished">戶內變更（與戶主關係）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转户（移到本社区其他户）</source>
        <translation type="unfinished">轉戶（移到本社區其他戶）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>迁出日期</source>
        <translation type="unfinished">遷出日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：迁往XX市XX区</source>
        <translation type="unfinished">如：遷往XX市XX區</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迁往何处</source>
        <translation type="unfinished">遷往何處</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>死亡日期</source>
        <translation type="unfinished">死亡日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新的与户主关系</source>
        <translation type="unfinished">新的與戶主關係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更日期</source>
        <translation type="unfinished">變更日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>输入户号、住址或户主姓名查找</source>
        <translation type="unfinished">輸入戶號、住址或戶主姓名查詢</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>转入户</source>
        <translation type="unfinished">轉入戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在新户中与户主关系</source>
        <translation type="unfinished">在新戶中與戶主關係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转户日期</source>
        <translation type="unfinished">轉戶日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>该居民已不存在（可能已被他人删除）</source>
        <translation type="unfinished">該居民已不存在（可能已被他人刪除）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} 目前不在任何户中（已迁出或已故）</source>
        <translation type="unfinished">{0} 目前不在任何戶中（已遷出或已故）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}&#x3000;现户：{1} {2}（{3}）</source>
        <translation type="unfinished">{0}&#x3000;現戶：{1} {2}（{3}）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>请先查找并选中要转入的户</source>
        <translation type="unfinished">請先查詢並選中要轉入的戶</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/filters.py" line="+25"/>
        <source>搜索：姓名、拼音首字母、证件号、电话、地址（Ctrl+F）</source>
        <translation type="unfinished">搜尋：姓名、拼音首字母、證件號、電話、地址（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部人群</source>
        <translation type="unfinished">全部人群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>高龄 {0}岁以上</source>
        <translation type="unfinished">高齡 {0}歲以上</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>全部类别</source>
        <translation type="unfinished">全部類別</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>截至</source>
        <translation type="unfinished">截至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看过去某一天的居民登记情况</source>
        <translation type="unfinished">檢視過去某一天的居民登記情況</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>网格</source>
        <translation type="unfinished">網格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>人群</source>
        <translation type="unfinished">人群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>全部网格</source>
        <translation type="unfinished">全部網格</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/form_dialog.py" line="+63"/>
        <source>保存</source>
        <translation type="unfinished">儲存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消</source>
        <translation type="unfinished">取消</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/dialogs.py" line="-109"/>
        <source>请选择楼栋（院）；没有的话点“新建楼栋…”</source>
        <translation type="unfinished">請選擇樓棟（院）；沒有的話點“新建樓棟…”</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/household_panel.py" line="+27"/>
        <location line="+40"/>
        <source>未选择户</source>
        <translation type="unfinished">未選擇戶</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>与户主关系</source>
        <translation type="unfinished">與戶主關係</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>性别</source>
        <translation type="unfinished">性別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>出生日期</source>
        <translation type="unfinished">出生日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>入户日期</source>
        <translation type="unfinished">入戶日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>事项</source>
        <translation type="unfinished">事項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>居民</source>
        <translation type="unfinished">居民</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation type="unfinished">說明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>户内成员</source>
        <translation type="unfinished">戶內成員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>变动记录</source>
        <translation type="unfinished">變動記錄</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>户号 {0}&#x3000;{1}</source>
        <translation type="unfinished">戶號 {0}&#x3000;{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&#x3000;已注销于 {0}</source>
        <translation type="unfinished">&#x3000;已註銷於 {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格：{0}&#x3000;建户：{1}&#x3000;居住性质：{2}{3}</source>
        <translation type="unfinished">網格：{0}&#x3000;建戶：{1}&#x3000;居住性質：{2}{3}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../community_desk/ui/main_window.py" line="+46"/>
        <source>居民</source>
        <translation type="unfinished">居民</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished">檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>立即备份数据库</source>
        <translation type="unfinished">立即備份資料庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开备份文件夹</source>
        <translation type="unfinished">開啟備份資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从备份恢复…</source>
        <translation type="unfinished">從備份恢復…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出</source>
        <translation type="unfinished">退出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished">編輯(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>视图(&amp;V)</source>
        <translation type="unfinished">檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刷新</source>
        <translation type="unfinished">重新整理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工具(&amp;T)</source>
        <translation type="unfinished">工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计日志…</source>
        <translation type="unfinished">審計日誌…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号校验…</source>
        <translation type="unfinished">身份證號校驗…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished">幫助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>关于社区工作台</source>
        <translation type="unfinished">關於社區工作臺</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>已备份并通过完整性检查：{0}</source>
        <translation type="unfinished">已備份並通過完整性檢查：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在备份数据库…</source>
        <translation type="unfinished">正在備份資料庫…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>今日自动备份已完成：{0}</source>
        <translation type="unfinished">今日自動備份已完成：{0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>选择备份文件</source>
        <translation type="unfinished">選擇備份檔案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数据库备份 (*.sqlite3 *.db)</source>
        <translation type="unfinished">資料庫備份 (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>从备份恢复</source>
        <translation type="unfinished">從備份恢復</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用备份“{0}”替换当前数据？
当前数据会先自动备份。</source>
        <translation type="unfinished">用備份“{0}”替換當前資料？
當前資料會先自動備份。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>已恢复；原数据已备份为 {0}</source>
        <translation type="unfinished">已恢復；原資料已備份為 {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>身份证号校验</source>
        <translation type="unfinished">身份證號校驗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>公民身份号码：</source>
        <translation type="unfinished">公民身份號碼：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>号码无效</source>
        <translation type="unfinished">號碼無效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>号码：{0}</source>
        <translation type="unfinished">號碼：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（由15位旧号码升级）</source>
        <translation type="unfinished">（由15位舊號碼升級）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>出生日期：{0}</source>
        <translation type="unfinished">出生日期：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>性别：{0}</source>
        <translation type="unfinished">性別：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>号码有效</source>
        <translation type="unfinished">號碼有效</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;社区工作台 {0}&lt;/h3&gt;&lt;p&gt;离线的社区居委会办公软件：居民、值班、调解、志愿、活动。&lt;/p&gt;&lt;p&gt;数据文件：{1}&lt;br&gt;备份文件夹：{2}&lt;/p&gt;&lt;p&gt;数据只保存在本机，不连接互联网。&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;社區工作臺 {0}&lt;/h3&gt;&lt;p&gt;離線的社區居委會辦公軟體：居民、值班、調解、志願、活動。&lt;/p&gt;&lt;p&gt;資料檔案：{1}&lt;br&gt;備份資料夾：{2}&lt;/p&gt;&lt;p&gt;資料只儲存在本機，不連線網際網路。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/member_dialog.py" line="+90"/>
        <source>添加成员</source>
        <translation type="unfinished">新增成員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>迁入</source>
        <translation type="unfinished">遷入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生</source>
        <translation type="unfinished">出生</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+36"/>
        <source>与户主关系</source>
        <translation type="unfinished">與戶主關係</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>登记方式</source>
        <translation type="unfinished">登記方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>入户登记</source>
        <translation type="unfinished">入戶登記</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>基本信息</source>
        <translation type="unfinished">基本資訊</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>该户已不存在（可能已被他人删除）</source>
        <translation type="unfinished">該戶已不存在（可能已被他人刪除）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>户 {0}&#x3000;{1}</source>
        <translation type="unfinished">戶 {0}&#x3000;{1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>居民信息</source>
        <translation type="unfinished">居民資訊</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>户号</source>
        <translation type="unfinished">戶號</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>住址</source>
        <translation type="unfinished">住址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>入户日期</source>
        <translation type="unfinished">入戶日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>离户日期</source>
        <translation type="unfinished">離戶日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>事项</source>
        <translation type="unfinished">事項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation type="unfinished">說明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记人</source>
        <translation type="unfinished">登記人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>入户经历</source>
        <translation type="unfinished">入戶經歷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>变动记录</source>
        <translation type="unfinished">變動記錄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>特殊人群</source>
        <translation type="unfinished">特殊人群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>历史</source>
        <translation type="unfinished">歷史</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>该居民已不存在（可能已被他人删除）</source>
        <translation type="unfinished">該居民已不存在（可能已被他人刪除）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>（无）</source>
        <translation type="unfinished">（無）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>与户主关系：{0}&#x3000;（关系变更请通过“户内变更”办理，以保留历史）</source>
        <translation type="unfinished">與戶主關係：{0}&#x3000;（關係變更請通過“戶內變更”辦理，以保留歷史）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}&#x3000;已故（{1}）</source>
        <translation type="unfinished">{0}&#x3000;已故（{1}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}&#x3000;目前不在任何户中（已迁出）</source>
        <translation type="unfinished">{0}&#x3000;目前不在任何戶中（已遷出）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}&#x3000;户 {1}&#x3000;{2}</source>
        <translation type="unfinished">{0}&#x3000;戶 {1}&#x3000;{2}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已保存，请核对</source>
        <translation type="unfinished">已儲存，請核對</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已保存。以下情况请核对证件：
{0}</source>
        <translation type="unfinished">已儲存。以下情況請核對證件：
{0}</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/member_form.py" line="+133"/>
        <source>出生日期 {0}</source>
        <translation type="unfinished">出生日期 {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>号码格式正确</source>
        <translation type="unfinished">號碼格式正確</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（识别为{0}）</source>
        <translation type="unfinished">（識別為{0}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15位旧号码，保存时将升级为18位：{0}</source>
        <translation type="unfinished">15位舊號碼，儲存時將升級為18位：{0}</translation>
    </message>
</context>
<context>
    <name>NewHouseholdDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/dialogs.py" line="+49"/>
        <source>新建户</source>
        <translation type="unfinished">新建戶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>留空自动编号</source>
        <translation type="unfinished">留空自動編號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>户号</source>
        <translation type="unfinished">戶號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居住性质</source>
        <translation type="unfinished">居住性質</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迁入日期</source>
        <translation type="unfinished">遷入日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>户主信息</source>
        <translation type="unfinished">戶主資訊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>住址</source>
        <translation type="unfinished">住址</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../community_desk/ui/widgets/date_edit.py" line="+73"/>
        <source>清除</source>
        <translation type="unfinished">清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清空此日期</source>
        <translation type="unfinished">清空此日期</translation>
    </message>
</context>
<context>
    <name>ResidentTableModel</name>
    <message>
        <location filename="../community_desk/ui/models/resident_table.py" line="+77"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation type="unfinished">性別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation type="unfinished">出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年龄</source>
        <translation type="unfinished">年齡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件号码</source>
        <translation type="unfinished">證件號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与户主关系</source>
        <translation type="unfinished">與戶主關係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户号</source>
        <translation type="unfinished">戶號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格</source>
        <translation type="unfinished">網格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现住址</source>
        <translation type="unfinished">現住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation type="unfinished">聯絡電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员类别</source>
        <translation type="unfinished">人員類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>特殊人群</source>
        <translation type="unfinished">特殊人群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核对</source>
        <translation type="unfinished">核對</translation>
    </message>
</context>
<context>
    <name>ResidentsTab</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/tab.py" line="+97"/>
        <source>查询失败：{0}</source>
        <translation type="unfinished">查詢失敗：{0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>新建户…</source>
        <translation type="unfinished">新建戶…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增成员…</source>
        <translation type="unfinished">新增成員…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看/编辑居民…</source>
        <translation type="unfinished">檢視/編輯居民…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改户信息…</source>
        <translation type="unfinished">修改戶資訊…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迁出…</source>
        <translation type="unfinished">遷出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>死亡登记…</source>
        <translation type="unfinished">死亡登記…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户内变更…</source>
        <translation type="unfinished">戶內變更…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转到其他户…</source>
        <translation type="unfinished">轉到其他戶…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除居民（录入错误）…</source>
        <translation type="unfinished">刪除居民（錄入錯誤）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除/注销户…</source>
        <translation type="unfinished">刪除/註銷戶…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索</source>
        <translation type="unfinished">搜尋</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>当前</source>
        <translation type="unfinished">當前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}：共 {1} 户 {2} 人，{3} 个网格&#x3000;|&#x3000;列表中 {4} 人</source>
        <translation type="unfinished">{0}：共 {1} 戶 {2} 人，{3} 個網格&#x3000;|&#x3000;列表中 {4} 人</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>请先选择</source>
        <translation type="unfinished">請先選擇</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已新建户</source>
        <translation type="unfinished">已新建戶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请先在左侧或右侧选择一户。</source>
        <translation type="unfinished">請先在左側或右側選擇一戶。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <location line="+5"/>
        <source>请先在列表中选择一位居民。</source>
        <translation type="unfinished">請先在列表中選擇一位居民。</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+35"/>
        <source>请先选择一户。</source>
        <translation type="unfinished">請先選擇一戶。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>删除居民</source>
        <translation type="unfinished">刪除居民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确定删除“{0}”（{1}）吗？

删除只用于录入错误的记录，其变动历史也一并删除（审计日志中保留）。
居民搬走请用“迁出”，去世请用“死亡登记”。</source>
        <translation type="unfinished">確定刪除“{0}”（{1}）嗎？

刪除只用於錄入錯誤的記錄，其變動歷史也一併刪除（審計日誌中保留）。
居民搬走請用“遷出”，去世請用“死亡登記”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已删除 {0}</source>
        <translation type="unfinished">已刪除 {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>删除/注销户</source>
        <translation type="unfinished">刪除/註銷戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从未有成员的户将被删除；有过成员的户将注销（历史保留）。继续吗？</source>
        <translation type="unfinished">從未有成員的戶將被刪除；有過成員的戶將註銷（歷史保留）。繼續嗎？</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/tag_dialog.py" line="-63"/>
        <source>添加特殊人群标记</source>
        <translation type="unfinished">新增特殊人群標記</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>等级</source>
        <translation type="unfinished">等級</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>人群类别</source>
        <translation type="unfinished">人群類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残疾情况</source>
        <translation type="unfinished">殘疾情況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始日期</source>
        <translation type="unfinished">開始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束日期</source>
        <translation type="unfinished">結束日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <location line="+63"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>详情</source>
        <translation type="unfinished">詳情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开始日期</source>
        <translation type="unfinished">開始日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束日期</source>
        <translation type="unfinished">結束日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>添加…</source>
        <translation type="unfinished">新增…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束…</source>
        <translation type="unfinished">結束…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation type="unfinished">刪除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>标记的添加、结束和删除会立即保存。不再属于某类人群时请用“结束…”，以保留历史。</source>
        <translation type="unfinished">標記的新增、結束和刪除會立即儲存。不再屬於某類人群時請用“結束…”，以保留歷史。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>删除标记</source>
        <translation type="unfinished">刪除標記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定删除“{0}”标记吗？删除后不留历史；只是不再属于该人群时，请用“结束…”。</source>
        <translation type="unfinished">確定刪除“{0}”標記嗎？刪除後不留歷史；只是不再屬於該人群時，請用“結束…”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>未能删除</source>
        <translation type="unfinished">未能刪除</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../community_desk/ui/application.py" line="+46"/>
        <source>数据库升级前的备份失败，未做任何改动：{0}</source>
        <translation type="unfinished">資料庫升級前的備份失敗，未做任何改動：{0}</translation>
    </message>
</context>
</TS>
