"""Windows version resource of thana.exe, made from the package version (used by thana.spec)."""

from PyInstaller.utils.win32.versioninfo import (
    FixedFileInfo,
    StringFileInfo,
    StringStruct,
    StringTable,
    VarFileInfo,
    VarStruct,
    VSVersionInfo,
)


def version_resource(version: str) -> VSVersionInfo:
    numbers = tuple(int(part) for part in version.split(".")[:3]) + (0,)
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo([StringTable("040904B0", [
                StringStruct("CompanyName", "Thana"),
                StringStruct("FileDescription", "Thana station client"),
                StringStruct("FileVersion", version),
                StringStruct("ProductName", "Thana"),
                StringStruct("ProductVersion", version),
                StringStruct("OriginalFilename", "thana.exe"),
            ])]),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
