#!/usr/bin/python3
"""Edits a workbook in LibreOffice itself, as a person would: opens it in a headless LibreOffice (through
Python-UNO over a named pipe, no network), types values into cells, and saves it in the same format.

    /usr/bin/python3 edit_workbook.py BOOK.xlsx OUT.xlsx PROFILE_DIR SHEET:ROW:HEADER=VALUE ...

ROW is the spreadsheet row (2 = the first row under the header); HEADER names the column by its row-1 text.
A VALUE that reads as a number is typed as a number, anything else as text (so '-' is the text '-').
Prints the cells it changed as SHEET!A1 old -> new.
"""
import os, subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p

def main():
    source, target, profile = (os.path.abspath(a) for a in sys.argv[1:4])
    edits = sys.argv[4:]
    pipe = "shopfloor-edit-%d" % os.getpid()
    office = subprocess.Popen(["soffice", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile), "--headless",
                               "--invisible", "--norestore", "--nologo", "--accept=pipe,name=%s;urp;" % pipe],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(300):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                if office.poll() is not None:
                    sys.exit("LibreOffice stopped before it could be reached")
                time.sleep(0.1)
        if context is None:
            sys.exit("LibreOffice could not be reached in 30 s")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
        for edit in edits:
            place, value = edit.split("=", 1)
            sheet_name, row, header = place.split(":", 2)
            sheet = doc.Sheets.getByName(sheet_name)
            column = next(c for c in range(0, 200) if sheet.getCellByPosition(c, 0).getString() == header)
            cell = sheet.getCellByPosition(column, int(row) - 1)
            old = cell.getString()
            try:
                cell.setValue(float(value))
            except ValueError:
                cell.setString(value)
            print("%s!%s%s %r -> %r" % (sheet_name, chr(65 + column), row, old, cell.getString()))
        filters = {".xlsx": "Calc MS Excel 2007 XML", ".ods": "calc8"}
        doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", filters[os.path.splitext(target)[1]]),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes down with the office
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()

main()
