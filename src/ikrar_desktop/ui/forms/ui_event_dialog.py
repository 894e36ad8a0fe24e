# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QRadioButton, QSizePolicy, QTabWidget, QTimeEdit,
    QVBoxLayout, QWidget)

from ikrar_desktop.ui.events.witness_rows import WitnessRows

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.setMinimumSize(QSize(720, 560))
        self.layout = QVBoxLayout(EventDialog)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(EventDialog)
        self.tabs.setObjectName(u"tabs")
        self.general = QWidget()
        self.general.setObjectName(u"general")
        self.form = QFormLayout(self.general)
        self.form.setObjectName(u"form")
        self.kind_label = QLabel(self.general)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(self.general)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.title_label = QLabel(self.general)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(self.general)
        self.title.setObjectName(u"title")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.date_label = QLabel(self.general)
        self.date_label.setObjectName(u"date_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.when = QHBoxLayout()
        self.when.setObjectName(u"when")
        self.date = QDateEdit(self.general)
        self.date.setObjectName(u"date")
        self.date.setLocale(QLocale(QLocale.Indonesian, QLocale.Indonesia))
        self.date.setDisplayFormat(u"dddd, d MMMM yyyy")
        self.date.setCalendarPopup(True)

        self.when.addWidget(self.date)

        self.has_time = QCheckBox(self.general)
        self.has_time.setObjectName(u"has_time")
        self.has_time.setChecked(True)

        self.when.addWidget(self.has_time)

        self.time = QTimeEdit(self.general)
        self.time.setObjectName(u"time")
        self.time.setMaximumSize(QSize(90, 16777215))
        self.time.setDisplayFormat(u"HH.mm")
        self.time.setTime(QTime(8, 0, 0))

        self.when.addWidget(self.time)

        self.when.setStretch(0, 2)
        self.when.setStretch(2, 1)

        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.when)

        self.place_label = QLabel(self.general)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place = QLineEdit(self.general)
        self.place.setObjectName(u"place")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place)

        self.leader_name_label = QLabel(self.general)
        self.leader_name_label.setObjectName(u"leader_name_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.leader_name_label)

        self.leader_name = QLineEdit(self.general)
        self.leader_name.setObjectName(u"leader_name")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.leader_name)

        self.leader_jabatan_label = QLabel(self.general)
        self.leader_jabatan_label.setObjectName(u"leader_jabatan_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.leader_jabatan_label)

        self.leader_jabatan = QLineEdit(self.general)
        self.leader_jabatan.setObjectName(u"leader_jabatan")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.leader_jabatan)

        self.election_label = QLabel(self.general)
        self.election_label.setObjectName(u"election_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.election_label)

        self.electionChoice = QComboBox(self.general)
        self.electionChoice.setObjectName(u"electionChoice")
        self.electionChoice.setEditable(True)
        self.electionChoice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.electionChoice)

        self.hint = QLabel(self.general)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #555555; margin-top: 12px;")
        self.hint.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.hint)

        self.tabs.addTab(self.general, "")
        self.witness_rows = WitnessRows()
        self.witness_rows.setObjectName(u"witness_rows")
        self.tabs.addTab(self.witness_rows, "")
        self.texts = QWidget()
        self.texts.setObjectName(u"texts")
        self.text_layout = QVBoxLayout(self.texts)
        self.text_layout.setObjectName(u"text_layout")
        self.ikrar_label = QLabel(self.texts)
        self.ikrar_label.setObjectName(u"ikrar_label")

        self.text_layout.addWidget(self.ikrar_label)

        self.ikrar_text = QPlainTextEdit(self.texts)
        self.ikrar_text.setObjectName(u"ikrar_text")
        self.ikrar_text.setTabChangesFocus(True)

        self.text_layout.addWidget(self.ikrar_text)

        self.pakta_label = QLabel(self.texts)
        self.pakta_label.setObjectName(u"pakta_label")

        self.text_layout.addWidget(self.pakta_label)

        self.pakta_points = QPlainTextEdit(self.texts)
        self.pakta_points.setObjectName(u"pakta_points")
        self.pakta_points.setTabChangesFocus(True)

        self.text_layout.addWidget(self.pakta_points)

        self.reset_button = QPushButton(self.texts)
        self.reset_button.setObjectName(u"reset_button")

        self.text_layout.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.text_layout.setStretch(1, 1)
        self.text_layout.setStretch(3, 1)
        self.tabs.addTab(self.texts, "")
        self.scope_tab = QWidget()
        self.scope_tab.setObjectName(u"scope_tab")
        self.scope_layout = QVBoxLayout(self.scope_tab)
        self.scope_layout.setObjectName(u"scope_layout")
        self.scope_all = QRadioButton(self.scope_tab)
        self.scope_all.setObjectName(u"scope_all")
        self.scope_all.setChecked(True)

        self.scope_layout.addWidget(self.scope_all)

        self.scope_units = QRadioButton(self.scope_tab)
        self.scope_units.setObjectName(u"scope_units")

        self.scope_layout.addWidget(self.scope_units)

        self.unit_search = QLineEdit(self.scope_tab)
        self.unit_search.setObjectName(u"unit_search")

        self.scope_layout.addWidget(self.unit_search)

        self.unit_list = QListWidget(self.scope_tab)
        self.unit_list.setObjectName(u"unit_list")

        self.scope_layout.addWidget(self.unit_list)

        self.scopeOfficials = QRadioButton(self.scope_tab)
        self.scopeOfficials.setObjectName(u"scopeOfficials")

        self.scope_layout.addWidget(self.scopeOfficials)

        self.levels_box = QWidget(self.scope_tab)
        self.levels_box.setObjectName(u"levels_box")
        self.levels_grid = QGridLayout(self.levels_box)
        self.levels_grid.setObjectName(u"levels_grid")
        self.levels_grid.setContentsMargins(24, 0, 0, 0)

        self.scope_layout.addWidget(self.levels_box)

        self.scope_later = QRadioButton(self.scope_tab)
        self.scope_later.setObjectName(u"scope_later")

        self.scope_layout.addWidget(self.scope_later)

        self.asn_only = QCheckBox(self.scope_tab)
        self.asn_only.setObjectName(u"asn_only")

        self.scope_layout.addWidget(self.asn_only)

        self.scopeCount = QLabel(self.scope_tab)
        self.scopeCount.setObjectName(u"scopeCount")

        self.scope_layout.addWidget(self.scopeCount)

        self.scope_layout.setStretch(3, 1)
        self.tabs.addTab(self.scope_tab, "")

        self.layout.addWidget(self.tabs)

        self.validationMessage = QLabel(EventDialog)
        self.validationMessage.setObjectName(u"validationMessage")
        self.validationMessage.setStyleSheet(u"color: #b00020; font-weight: 600;")
        self.validationMessage.setWordWrap(True)

        self.layout.addWidget(self.validationMessage)

        self.buttons = QDialogButtonBox(EventDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.title_label.setBuddy(self.title)
        self.place_label.setBuddy(self.place)
        self.leader_name_label.setBuddy(self.leader_name)
        self.leader_jabatan_label.setBuddy(self.leader_jabatan)
        self.election_label.setBuddy(self.electionChoice)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.title)
        QWidget.setTabOrder(self.title, self.date)
        QWidget.setTabOrder(self.date, self.has_time)
        QWidget.setTabOrder(self.has_time, self.time)
        QWidget.setTabOrder(self.time, self.place)
        QWidget.setTabOrder(self.place, self.leader_name)
        QWidget.setTabOrder(self.leader_name, self.leader_jabatan)
        QWidget.setTabOrder(self.leader_jabatan, self.electionChoice)
        QWidget.setTabOrder(self.electionChoice, self.ikrar_text)
        QWidget.setTabOrder(self.ikrar_text, self.pakta_points)
        QWidget.setTabOrder(self.pakta_points, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.scope_all)
        QWidget.setTabOrder(self.scope_all, self.scope_units)
        QWidget.setTabOrder(self.scope_units, self.unit_search)
        QWidget.setTabOrder(self.unit_search, self.unit_list)
        QWidget.setTabOrder(self.unit_list, self.scopeOfficials)
        QWidget.setTabOrder(self.scopeOfficials, self.scope_later)
        QWidget.setTabOrder(self.scope_later, self.asn_only)

        self.retranslateUi(EventDialog)

        QMetaObject.connectSlotsByName(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"Buat Kegiatan", None))
        self.kind_label.setText(QCoreApplication.translate("EventDialog", u"Jenis kegiatan", None))
        self.title_label.setText(QCoreApplication.translate("EventDialog", u"Nama kegiatan *", None))
        self.title.setPlaceholderText(QCoreApplication.translate("EventDialog", u"mis. Apel Ikrar Netralitas ASN Tahun 2024", None))
        self.date_label.setText(QCoreApplication.translate("EventDialog", u"Tanggal", None))
        self.has_time.setText(QCoreApplication.translate("EventDialog", u"Pukul", None))
        self.place_label.setText(QCoreApplication.translate("EventDialog", u"Tempat", None))
        self.place.setPlaceholderText(QCoreApplication.translate("EventDialog", u"mis. Halaman Kantor Bupati", None))
        self.leader_name_label.setText(QCoreApplication.translate("EventDialog", u"Dipimpin oleh", None))
        self.leader_name.setPlaceholderText(QCoreApplication.translate("EventDialog", u"nama pemimpin upacara / penanggung jawab", None))
        self.leader_jabatan_label.setText(QCoreApplication.translate("EventDialog", u"Jabatan pemimpin", None))
        self.leader_jabatan.setPlaceholderText(QCoreApplication.translate("EventDialog", u"mis. Bupati, Pj Bupati, Sekretaris Daerah", None))
        self.election_label.setText(QCoreApplication.translate("EventDialog", u"Pemilihan (naskah bawaan)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.general), QCoreApplication.translate("EventDialog", u"Umum", None))
        self.tabs.setTabText(self.tabs.indexOf(self.witness_rows), QCoreApplication.translate("EventDialog", u"Saksi", None))
        self.ikrar_label.setText(QCoreApplication.translate("EventDialog", u"<b>Naskah ikrar</b> (dibacakan bersama)", None))
        self.pakta_label.setText(QCoreApplication.translate("EventDialog", u"<b>Butir pakta integritas</b> \u2014 satu butir per baris (Enter)", None))
        self.reset_button.setText(QCoreApplication.translate("EventDialog", u"Kembalikan naskah bawaan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.texts), QCoreApplication.translate("EventDialog", u"Naskah ikrar && pakta", None))
        self.scope_all.setText(QCoreApplication.translate("EventDialog", u"Semua pegawai aktif", None))
        self.scope_units.setText(QCoreApplication.translate("EventDialog", u"Pegawai aktif dari unit kerja yang dicentang:", None))
        self.unit_search.setPlaceholderText(QCoreApplication.translate("EventDialog", u"Saring daftar unit\u2026", None))
        self.scopeOfficials.setText(QCoreApplication.translate("EventDialog", u"Pejabat: kepala unit kerja pada tingkat yang dicentang", None))
        self.scope_later.setText(QCoreApplication.translate("EventDialog", u"Belum ada \u2014 peserta dipilih satu per satu sesudah kegiatan dibuat", None))
        self.asn_only.setText(QCoreApplication.translate("EventDialog", u"Hanya ASN (PNS, CPNS, PPPK) \u2014 tanpa pegawai Non-ASN", None))
        self.tabs.setTabText(self.tabs.indexOf(self.scope_tab), QCoreApplication.translate("EventDialog", u"Peserta wajib", None))
    # retranslateUi

