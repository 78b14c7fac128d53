#!/usr/bin/env python3
"""Open Word files in LibreOffice (headless), optionally accept or reject all tracked changes,
and save each as UTF-8 text: what a user of LibreOffice Writer would see after Edit > Track
Changes > Accept All / Reject All.

    /usr/bin/python3 libreoffice_tracked_changes.py MODE IN.docx OUT.txt [MODE IN OUT ...]

MODE is `accept`, `reject` or `none` (just the text export). One LibreOffice process does all
the jobs. Needs `soffice` on PATH and python3-uno. Exits 0 when every job was written.
"""

import os
import subprocess
import sys
import tempfile
import time

import uno  # type: ignore
from com.sun.star.beans import PropertyValue  # type: ignore
from com.sun.star.connection import NoConnectException  # type: ignore


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main(argv):
    jobs = argv[1:]
    if not jobs or len(jobs) % 3:
        print(__doc__, file=sys.stderr)
        return 64
    profile = tempfile.mkdtemp(prefix="redline-lo-")
    pipe = "redline%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         "-env:UserInstallation=file://" + profile, "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(240):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except NoConnectException:
                time.sleep(0.25)
        if context is None:
            print("cannot connect to soffice", file=sys.stderr)
            return 2
        manager = context.ServiceManager
        desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        dispatcher = manager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        for index in range(0, len(jobs), 3):
            mode, source, target = jobs[index:index + 3]
            url = uno.systemPathToFileUrl(os.path.abspath(source))
            document = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            if document is None:
                print("cannot open %s" % source, file=sys.stderr)
                return 2
            frame = document.getCurrentController().getFrame()
            if mode == "accept":
                dispatcher.executeDispatch(frame, ".uno:AcceptAllTrackedChanges", "", 0, ())
            elif mode == "reject":
                dispatcher.executeDispatch(frame, ".uno:RejectAllTrackedChanges", "", 0, ())
            document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                                (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF")))
            document.close(True)
        try:
            desktop.terminate()
        except Exception:  # the bridge goes away as soffice exits
            pass
        return 0
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
