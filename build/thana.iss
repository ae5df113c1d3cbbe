; Inno Setup script for the Windows installer (run on Windows after building the program with
; build\thana.spec):  iscc build\thana.iss   ->  build\dist\thana-setup-<version>.exe
; Not built or tested on the Linux CI machines; the frozen folder itself is (build/smoke.py).

#define AppVersion "0.1.0"

[Setup]
AppId={{6F1E4B9A-2C7D-4E3B-9A51-7B3C0D2E8F41}
AppName=Thana
AppVersion={#AppVersion}
AppPublisher=Thana
DefaultDirName={autopf}\Thana
DefaultGroupName=Thana
OutputDir=dist
OutputBaseFilename=thana-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
; The station data and its key stay in the user's profile and keyring: uninstalling never removes them.
UninstallDisplayIcon={app}\thana.exe

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "dist\thana\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Thana"; Filename: "{app}\thana.exe"
Name: "{group}\Thana (training demo)"; Filename: "{app}\thana.exe"; Parameters: "demo"
Name: "{commondesktop}\Thana"; Filename: "{app}\thana.exe"

[Run]
Filename: "{app}\thana-cli.exe"; Parameters: "--selftest"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."
