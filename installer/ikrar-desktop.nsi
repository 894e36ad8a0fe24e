; Ikrar Desktop: per-user Windows installer (NSIS 3, Unicode, Modern UI 2, Bahasa Indonesia).
;
;   makensis -WX -DDIST=dist\ikrar-desktop -DVERSION=0.1.0 [-DOUTFILE=...] installer\ikrar-desktop.nsi
;
; DIST is the PyInstaller one-folder output (ikrar-desktop.exe + _internal\). No admin rights:
; the program goes to %LOCALAPPDATA%\Programs\Ikrar Desktop, shortcuts and the uninstall entry
; are the current user's. The data folder %LOCALAPPDATA%\ikrar-desktop (database, backups, logs)
; is never touched by the installer; the uninstaller removes it only when the clerk ticks it.

Unicode true
ManifestDPIAware true

!ifndef DIST
  !error "Berikan folder hasil PyInstaller: makensis -DDIST=dist\ikrar-desktop -DVERSION=x.y.z"
!endif
!ifndef VERSION
  !error "Berikan versi program: makensis -DVERSION=x.y.z (dari ikrar_desktop.__version__)"
!endif
!ifndef OUTFILE
  !define OUTFILE "ikrar-desktop-${VERSION}-setup.exe"
!endif

!define APPNAME "Ikrar Desktop"
!define APPID "ikrar-desktop"
!define PUBLISHER "Tim Ikrar Desktop"
!define EXE "ikrar-desktop.exe"
!define UNINSTALLER "uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"
!define DATADIR "$LOCALAPPDATA\${APPID}"
!define ICON "icons\ikrar-desktop.ico"  ; relative to this script: makensis works from its folder

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor /SOLID lzma
BrandingText "${APPNAME} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

; ---------------------------------------------------------------- pages
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING

!define MUI_WELCOMEPAGE_TEXT "Program ini akan memasang ${APPNAME} ${VERSION} untuk pengguna \
Windows ini saja, tanpa hak administrator dan tanpa internet.$\r$\n$\r$\nBila versi lama sudah \
terpasang, program akan diperbarui. Data Anda (database pegawai, kehadiran, cadangan) tersimpan \
di folder terpisah dan tidak diubah oleh pemasangan ini.$\r$\n$\r$\nKlik Lanjut untuk melanjutkan."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Jalankan ${APPNAME} sekarang"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "${APPNAME} akan dihapus dari komputer ini. Database dan \
cadangan Anda di ${DATADIR} TETAP DISIMPAN, kecuali Anda mencentangnya di langkah berikut."
!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_TEXT_TOP "Pilih apa yang dihapus. Data Anda (database pegawai, \
kehadiran, cadangan dan log di ${DATADIR}) TIDAK dihapus kecuali Anda mencentang \
$\"Data dan cadangan$\". Biarkan tidak dicentang bila akan memasang versi baru atau masih \
memerlukan datanya."
!define MUI_COMPONENTSPAGE_TEXT_COMPLIST "Yang dihapus:"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Indonesian"

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "FileDescription" "Pemasang ${APPNAME}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_INDONESIAN} "LegalCopyright" "Lisensi GPL-3.0-or-later"

; ---------------------------------------------------------------- install
Section "${APPNAME}" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; Upgrade: remove the previous version's program files only (never the data folder).
  RMDir /r "$INSTDIR\_internal"
  File "${DIST}\${EXE}"
  File /r "${DIST}\_internal"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortcut "$SMPROGRAMS\${APPNAME}\Hapus ${APPNAME}.lnk" "$INSTDIR\${UNINSTALLER}"
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" "$\"$INSTDIR\${UNINSTALLER}$\""
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" "$\"$INSTDIR\${UNINSTALLER}$\" /S"
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

; ---------------------------------------------------------------- uninstall
Section "un.Program ${APPNAME}" UnSecProgram
  SectionIn RO
  SetShellVarContext current
  Delete "$DESKTOP\${APPNAME}.lnk"
  Delete "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk"
  Delete "$SMPROGRAMS\${APPNAME}\Hapus ${APPNAME}.lnk"
  RMDir "$SMPROGRAMS\${APPNAME}"
  ; Only what the installer put there: a folder the clerk chose may hold other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd

; Off by default (/o): the database survives an uninstall unless the clerk ticks this.
Section /o "un.Data dan cadangan (database, log)" UnSecData
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "Hapus SELURUH data ${APPNAME} di \
${DATADIR}?$\r$\nDatabase pegawai, kehadiran, cadangan dan log akan hilang dan tidak dapat \
dikembalikan." /SD IDNO IDYES remove
  DetailPrint "Data tetap disimpan di ${DATADIR}"
  Goto done
  remove:
    RMDir /r "${DATADIR}"
    DetailPrint "Data di ${DATADIR} dihapus"
  done:
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecProgram} "Berkas program, pintasan menu Start dan \
desktop, serta entri di daftar program terpasang."
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "Folder ${DATADIR}: database, cadangan dan \
log. Tidak dicentang = data tetap aman untuk dipakai lagi setelah pasang ulang."
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
