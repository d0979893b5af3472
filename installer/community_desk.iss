; Inno Setup 6.3+ script for 社区工作台 (Community Desk): a per-user install, no administrator rights needed.
;
;   python installer\build.py --installer             builds, smoke-tests and then runs this script, or by hand:
;   iscc /DAppVersion=0.1.0 /DDistDir=<build>\dist\CommunityDesk installer\community_desk.iss
;
; Both defines are optional: DistDir defaults to build.py's default output (%TEMP%\community-desk-build\...),
; AppVersion to the ProductVersion that the PyInstaller spec writes into CommunityDesk.exe.
;
; The program goes to %LOCALAPPDATA%\Programs\CommunityDesk. The clerk's data (database, backups) lives in
; %LOCALAPPDATA%\CommunityDesk, a different folder that this installer never writes and the uninstaller
; never deletes. This file is UTF-8 with a BOM, as Inno Setup requires for non-ASCII text.

#define AppName "社区工作台"
#define AppExeName "CommunityDesk.exe"
#define DataDirName "CommunityDesk"

#ifndef DistDir
  #define DistDir GetEnv("TEMP") + "\community-desk-build\dist\CommunityDesk"
#endif
#if !FileExists(AddBackslash(DistDir) + AppExeName)
  #error "No frozen program at DistDir; run python installer\build.py first or pass /DDistDir=..."
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(DistDir) + AppExeName, "ProductVersion")
#endif
#if AppVersion == ""
  #error "No version: pass /DAppVersion=x.y.z (build.py does)"
#endif
#define AppVersionNumbers GetVersionNumbersString(AddBackslash(DistDir) + AppExeName)

; ChineseSimplified.isl is an unofficial Inno Setup translation: it is not in a standard Inno Setup install.
; Put it beside this script (from the Inno Setup translations page, matching your Inno Setup version) or into
; Inno Setup's Languages folder; without it the installer falls back to English.
#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseMessages AddBackslash(SourcePath) + "ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#else
  #pragma message "ChineseSimplified.isl not found: this installer will speak English (see installer/README.md)"
#endif

[Setup]
; Never change AppId: upgrades and the uninstaller find the installed program by it.
AppId={{9F2BC1A9-E3CF-4B02-AA21-7EBD3A55656E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
#if AppVersionNumbers != ""
VersionInfoVersion={#AppVersionNumbers}
#endif
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
; Per user, no UAC prompt: {autoprograms}/{autodesktop} are the user's own Start menu and desktop.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\CommunityDesk
DisableDirPage=yes
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; 64-bit Python and Qt; Qt 6.8+ needs Windows 10 1809 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
; Close a running 社区工作台 (it holds the database lock) before replacing its files.
CloseApplications=yes
RestartApplications=no
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
OutputDir={#ExtractFileDir(ExtractFileDir(DistDir))}\installer
OutputBaseFilename=CommunityDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
LanguageDetectionMethod=uilanguage

[Languages]
#ifdef ChineseMessages
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
#ifdef ChineseMessages
chinesesimplified.ShortcutComment=社区居委会的居民台账与办公工具（离线）
chinesesimplified.DataKept=程序已卸载。您的数据库和备份仍保留在：%n%n%1%n%n重新安装后会继续使用这些数据。若确实不再需要，请手动删除该文件夹。
#endif
english.ShortcutComment=Resident registry and office tools for a community office (offline)
english.DataKept=The program was removed. Your database and its backups were kept in:%n%n%1%n%nA new installation will use them again. Delete that folder by hand only if you really no longer need it.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade first removes the previous version's bundle, so no stale module or migration script survives
; (Alembic would read a leftover versions\*.py). Only the program folder; never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Anything the program may have written inside its own folder. %LOCALAPPDATA%\CommunityDesk (the database and
; backups) is deliberately not listed here, or anywhere in this script.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
{ After uninstalling, tell the clerk where the data stayed (not in silent uninstalls, e.g. from an upgrade). }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\{#DataDirName}');
    if DirExists(DataDir) and not UninstallSilent() then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
