import sys
from xml.sax.saxutils import escape
def cell(v):
    if v is None or v == "":
        return '<table:table-cell/>'
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    if isinstance(v, bool):
        return f'<table:table-cell office:value-type="boolean" office:boolean-value="{"true" if v else "false"}"><text:p>{"DOĞRU" if v else "YANLIŞ"}</text:p></table:table-cell>'
    if isinstance(v, tuple) and v[0] == 'date':
        return f'<table:table-cell office:value-type="date" office:date-value="{v[1]}" table:style-name="tarih"><text:p>{v[1]}</text:p></table:table-cell>'
    if isinstance(v, tuple) and v[0] == 'time':
        h, m = v[1], v[2]
        return f'<table:table-cell office:value-type="time" office:time-value="PT{h:02d}H{m:02d}M00S"><text:p>{h:02d}:{m:02d}:00</text:p></table:table-cell>'
    paras = ''.join(f'<text:p>{escape(line)}</text:p>' for line in str(v).split('\n'))
    return f'<table:table-cell office:value-type="string">{paras}</table:table-cell>'
def sheet(name, rows):
    out = f'<table:table table:name="{escape(name)}">'
    for r in rows:
        out += '<table:table-row>' + ''.join(cell(v) for v in r) + '</table:table-row>'
    return out + '</table:table>'
def doc(sheets):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
      '<office:automatic-styles><number:date-style style:name="N1"><number:day number:style="long"/><number:text>.</number:text>'
      '<number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/></number:date-style>'
      '<style:style style:name="tarih" style:family="table-cell" style:data-style-name="N1"/></office:automatic-styles>'
      '<office:body><office:spreadsheet>'
      + ''.join(sheet(n, r) for n, r in sheets) + '</office:spreadsheet></office:body></office:document>\n')
good = [
 ("İşyerleri", [["Kimlik", "Adı", "Tür", "Sektör", "İşveren", "Çalışan Sayısı", "İlçe", "Sendika"],
   ["kazan-metal", "Kazan Metal Fabrikası", "fabrika", "metal", "Kazan Holding A.Ş.", 850, "Dilovası", "yellow"],
   ["ege-tekstil", "Ege Tekstil; Atölye 2", "factory", "textile", "Ege A.Ş.", 120, "Gebze", "none"]]),
 ("Bölümler", [["İşyeri", "Kimlik", "Adı", "Çalışan Sayısı"],
   ["kazan-metal", "km-dokum", "Döküm", 300], ["kazan-metal", "km-kaynak", "Kaynak", 250], ["ege-tekstil", "et-dikim", "Dikimhane", 90]]),
 ("Vardiyalar", [["İşyeri", "Kimlik", "Adı", "Başlangıç", "Bitiş", "Günler"],
   ["kazan-metal", "km-sabah", "Sabah", ("time", 7, 0), ("time", 15, 0), "pzt, sal, çar, per, cum"],
   ["kazan-metal", "km-gece", "Gece", ("time", 23, 0), ("time", 7, 0), "pzt, sal, çar, per, cum, cmt"],
   ["ege-tekstil", "et-tek", "Tek vardiya", ("time", 8, 30), ("time", 18, 0), ""]]),
 ("Kişiler", [["Kimlik", "Ad Soyad", "Bölüm", "Vardiya", "Siyasi Eğilim", "DEĞERLENDİRME", "Sendikalı", "Telefon", "Notlar"],
   ["gul-a", "Gül Aydın", "km-dokum", "km-sabah", "sympathizer", 2, "evet", "0555 000 00 00", "Çay ocağında tanıştık.\nİkinci görüşme: olumlu; \"gel\" dedi"],
   ["ismail-k", "İsmail Koç", "km-dokum", "km-gece", "reformist", 3, "hayır", "", ""],
   ["sule-y", "Şule Yıldız", "km-kaynak", "km-sabah", "non-party", 1, "evet", "", "lider, herkes sayıyor"],
   ["irfan-c", "Irmak Çınar", "et-dikim", "et-tek", "", 0, "", "", ""],
   ["oguz-t", "Oğuz Tan", "km-kaynak", "km-gece", "social democrat", 4, "hayır", "", ""]]),
 ("İlişkiler", [["Kişi 1", "Kişi 2", "İlişki", "Yakınlık"],
   ["gul-a", "ismail-k", "relative", 3], ["gul-a", "sule-y", "coworker", 2], ["sule-y", "oguz-t", "hemşehri", 1]]),
]
bad = [
 ("Kişiler", [["Kimlik", "Ad Soyad", "Bölüm", "Vardiya", "Siyasi Eğilim", "Değerlendirme"],
   ["gul-a", "Gül Aydın", "km-dokum", "km-sabah", "sempatizan", 7],
   ["Ayşe Kaya", "Ayşe Kaya", "km-dokum", "", "", 2],
   ["", "İsimsiz", "", "", "", ""],
   ["veli-k", "Veli Kurt", "km-boya", "", "komunist", 2],
   ["nur-e", "Nur Er", "km-kaynak", "km-sabah", "", "iki"]]),
]
# The Turkish Excel words for affiliation that the Vocabulary does not know are mapped below by aliases in the model,
open('kazan.fods', 'w').write(doc(good))
open('hatali-kisiler.fods', 'w').write(doc(bad))

# One workbook with typed cells as a committee keeps it: numbers (a headcount typed as 850.0 is 850), booleans,
# dates, times, a notes sheet that is no table, and Turkish sheet names. Converted to .xlsx and .ods by LibreOffice.
orgut = [
 ("Notlar", [["Bu çalışma kitabı komitenin listesidir."], ["Son güncelleme", ("date", "2026-10-05")]]),
 ("İşyerleri", [["Kimlik", "Adı", "Tür", "Sektör", "Çalışan Sayısı", "İlçe", "Sendika"],
   ["kazan-metal", "Kazan Metal Fabrikası", "fabrika", "metal", 850.0, "Dilovası", "yellow"],
   ["ege-tekstil", "Ege Tekstil", "factory", "textile", 39, "Gebze", "none"]]),
 ("Bölümler", [["İşyeri", "Kimlik", "Adı", "Çalışan Sayısı"],
   ["kazan-metal", "km-dokum", "Döküm", 300], ["kazan-metal", "km-kaynak", "Kaynak", 250], ["ege-tekstil", "et-dikim", "Dikimhane", 30]]),
 ("Vardiyalar", [["İşyeri", "Kimlik", "Adı", "Başlangıç", "Bitiş", "Günler"],
   ["kazan-metal", "km-sabah", "Sabah", ("time", 7, 0), ("time", 15, 0), "pzt, sal, çar, per, cum"],
   ["kazan-metal", "km-gece", "Gece", ("time", 23, 0), ("time", 7, 0), "pzt, sal, çar, per, cum, cmt"],
   ["ege-tekstil", "et-tek", "Tek vardiya", ("time", 8, 30), ("time", 18, 0), ""]]),
 ("Kişiler", [["Kimlik", "Ad Soyad", "Bölüm", "Vardiya", "Siyasi Eğilim", "DEĞERLENDİRME", "Sendikalı", "Notlar"],
   ["gul-a", "Gül Aydın", "km-dokum", "km-sabah", "sympathizer", 2, True, "Çay ocağında tanıştık.\nİkinci görüşme: olumlu"],
   ["ismail-k", "İsmail Koç", "km-dokum", "km-gece", "reformist", 3.0, False, ""],
   ["sule-y", "Şule Yıldız", "km-kaynak", "km-sabah", "non-party", 1, True, ""],
   ["oguz-t", "Oğuz Tan", "et-dikim", "et-tek", "social democrat", 4, False, ""]]),
 ("İlişkiler", [["Kişi 1", "Kişi 2", "İlişki", "Yakınlık"],
   ["gul-a", "ismail-k", "relative", 3], ["sule-y", "gul-a", "coworker", 2]]),
 ("Görüşmeler", [["Tarih", "Görüşen", "Görüşülen", "Kanal", "Sonuç", "Değerlendirme"],
   [("date", "2026-10-02"), "gul-a", "sule-y", "pub", "positive", 1],
   [("date", "2026-10-04"), "gul-a", "ismail-k", "gate", "neutral", ""]]),
]
open('orgut.fods', 'w').write(doc(orgut))
