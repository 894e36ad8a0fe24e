# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_options.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QRadioButton, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

from ikrar_desktop.ui.printing.people_checklist import PeopleChecklist

class Ui_PrintOptions(object):
    def setupUi(self, PrintOptions):
        if not PrintOptions.objectName():
            PrintOptions.setObjectName(u"PrintOptions")
        self.layout = QVBoxLayout(PrintOptions)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kind_label = QLabel(PrintOptions)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(PrintOptions)
        self.kind_combo.setObjectName(u"kind_combo")
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(14)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.kindDescription = QLabel(PrintOptions)
        self.kindDescription.setObjectName(u"kindDescription")
        self.kindDescription.setStyleSheet(u"color: #4a5563;")
        self.kindDescription.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindDescription)

        self.event_label = QLabel(PrintOptions)
        self.event_label.setObjectName(u"event_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.event_label)

        self.event_combo = QComboBox(PrintOptions)
        self.event_combo.setObjectName(u"event_combo")
        self.event_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.event_combo.setMinimumContentsLength(14)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.event_combo)


        self.layout.addLayout(self.form)

        self.scope_box = QGroupBox(PrintOptions)
        self.scope_box.setObjectName(u"scope_box")
        self.scope_layout = QVBoxLayout(self.scope_box)
        self.scope_layout.setObjectName(u"scope_layout")
        self.scope_whole = QRadioButton(self.scope_box)
        self.scope_whole.setObjectName(u"scope_whole")
        self.scope_whole.setChecked(True)

        self.scope_layout.addWidget(self.scope_whole)

        self.unit_row = QHBoxLayout()
        self.unit_row.setObjectName(u"unit_row")
        self.scope_unit = QRadioButton(self.scope_box)
        self.scope_unit.setObjectName(u"scope_unit")

        self.unit_row.addWidget(self.scope_unit)

        self.unit_combo = QComboBox(self.scope_box)
        self.unit_combo.setObjectName(u"unit_combo")
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setMinimumContentsLength(14)

        self.unit_row.addWidget(self.unit_combo)

        self.unit_row.setStretch(1, 1)

        self.scope_layout.addLayout(self.unit_row)

        self.scope_chosen = QRadioButton(self.scope_box)
        self.scope_chosen.setObjectName(u"scope_chosen")

        self.scope_layout.addWidget(self.scope_chosen)

        self.people = PeopleChecklist(self.scope_box)
        self.people.setObjectName(u"people")
        self.people.setMinimumSize(QSize(0, 200))

        self.scope_layout.addWidget(self.people)

        self.scope_layout.setStretch(3, 1)

        self.layout.addWidget(self.scope_box)

        self.options = QGroupBox(PrintOptions)
        self.options.setObjectName(u"options")
        self.options_form = QFormLayout(self.options)
        self.options_form.setObjectName(u"options_form")
        self.paper_label = QLabel(self.options)
        self.paper_label.setObjectName(u"paper_label")

        self.options_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paper_label)

        self.paper_combo = QComboBox(self.options)
        self.paper_combo.setObjectName(u"paper_combo")
        self.paper_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.paper_combo.setMinimumContentsLength(14)

        self.options_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paper_combo)

        self.kop_label = QLabel(self.options)
        self.kop_label.setObjectName(u"kop_label")

        self.options_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kop_label)

        self.kop_combo = QComboBox(self.options)
        self.kop_combo.setObjectName(u"kop_combo")
        self.kop_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kop_combo.setMinimumContentsLength(14)

        self.options_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kop_combo)

        self.blank_label = QLabel(self.options)
        self.blank_label.setObjectName(u"blank_label")

        self.options_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.blank_label)

        self.blank_spin = QSpinBox(self.options)
        self.blank_spin.setObjectName(u"blank_spin")
        self.blank_spin.setMaximum(50)
        self.blank_spin.setValue(5)

        self.options_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.blank_spin)

        self.meterai_check = QCheckBox(self.options)
        self.meterai_check.setObjectName(u"meterai_check")

        self.options_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.meterai_check)

        self.number_label = QLabel(self.options)
        self.number_label.setObjectName(u"number_label")

        self.options_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_edit = QLineEdit(self.options)
        self.number_edit.setObjectName(u"number_edit")

        self.options_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.number_edit)

        self.layout_label = QLabel(self.options)
        self.layout_label.setObjectName(u"layout_label")

        self.options_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.layout_label)

        self.layout_combo = QComboBox(self.options)
        self.layout_combo.setObjectName(u"layout_combo")
        self.layout_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.layout_combo.setMinimumContentsLength(14)

        self.options_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.layout_combo)


        self.layout.addWidget(self.options)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.event_label.setBuddy(self.event_combo)
        self.paper_label.setBuddy(self.paper_combo)
        self.kop_label.setBuddy(self.kop_combo)
        self.blank_label.setBuddy(self.blank_spin)
        self.number_label.setBuddy(self.number_edit)
        self.layout_label.setBuddy(self.layout_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.event_combo)
        QWidget.setTabOrder(self.event_combo, self.scope_whole)
        QWidget.setTabOrder(self.scope_whole, self.scope_unit)
        QWidget.setTabOrder(self.scope_unit, self.unit_combo)
        QWidget.setTabOrder(self.unit_combo, self.scope_chosen)
        QWidget.setTabOrder(self.scope_chosen, self.people)
        QWidget.setTabOrder(self.people, self.paper_combo)
        QWidget.setTabOrder(self.paper_combo, self.kop_combo)
        QWidget.setTabOrder(self.kop_combo, self.blank_spin)
        QWidget.setTabOrder(self.blank_spin, self.meterai_check)
        QWidget.setTabOrder(self.meterai_check, self.number_edit)
        QWidget.setTabOrder(self.number_edit, self.layout_combo)

        self.retranslateUi(PrintOptions)

        QMetaObject.connectSlotsByName(PrintOptions)
    # setupUi

    def retranslateUi(self, PrintOptions):
        self.kind_label.setText(QCoreApplication.translate("PrintOptions", u"Dokumen:", None))
        self.event_label.setText(QCoreApplication.translate("PrintOptions", u"Kegiatan:", None))
        self.scope_box.setTitle(QCoreApplication.translate("PrintOptions", u"Siapa yang dicetak", None))
        self.scope_whole.setText(QCoreApplication.translate("PrintOptions", u"Seluruh kegiatan", None))
        self.scope_unit.setText(QCoreApplication.translate("PrintOptions", u"Satu unit kerja (OPD):", None))
        self.scope_chosen.setText(QCoreApplication.translate("PrintOptions", u"Pegawai terpilih", None))
        self.options.setTitle(QCoreApplication.translate("PrintOptions", u"Pilihan dokumen", None))
        self.paper_label.setText(QCoreApplication.translate("PrintOptions", u"Kertas:", None))
        self.kop_label.setText(QCoreApplication.translate("PrintOptions", u"Kop surat:", None))
        self.blank_label.setText(QCoreApplication.translate("PrintOptions", u"Baris kosong:", None))
        self.blank_spin.setSuffix(QCoreApplication.translate("PrintOptions", u" baris", None))
        self.meterai_check.setText(QCoreApplication.translate("PrintOptions", u"Kotak meterai", None))
        self.number_label.setText(QCoreApplication.translate("PrintOptions", u"Nomor berita acara:", None))
        self.number_edit.setPlaceholderText(QCoreApplication.translate("PrintOptions", u"kosong = nomor berikutnya dari register (pola di Pengaturan)", None))
        self.layout_label.setText(QCoreApplication.translate("PrintOptions", u"Tata letak:", None))
        pass
    # retranslateUi

