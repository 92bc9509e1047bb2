"""The take-home windows on screen: nothing clipped, light and dark, at 100 % and 200 % text,
alone and with the partner here. Set ERFENIS_PICTURES=<folder> to keep a PNG of each."""

from __future__ import annotations

import pytest

from tests.test_dans_view import _unlock_demo
from tests.test_exercises import _clipped, wait_for_layout
from tests.test_practice_pictures import _look


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_take_home_windows_fit(start_app, qtbot, dialogs, scheme, scale):
    erfenis = start_app("--demo")
    erfenis.prefs.set_text_scale(scale)
    erfenis.prefs.set_color_scheme(scheme)
    _unlock_demo(erfenis)
    menu = erfenis.window.transfer
    tag = f"{scheme}-{scale}"
    menu.act_export.trigger()
    dialog = menu.dialog
    dialog.new.setChecked(True)
    dialog.password.edit.setText("een nieuw wachtwoord")
    dialog.repeat.edit.setText("een ander")
    dialog.ok_button.click()  # "The two passwords are not the same." shows under the fields
    wait_for_layout(qtbot, dialog)
    _look(dialog, f"take-home-export-{tag}")
    assert _clipped(dialog) == []
    dialog.cancel()
    menu.act_import.trigger()
    importer = menu.dialog
    importer.ok_button.click()  # "First choose the file to import."
    wait_for_layout(qtbot, importer)
    _look(importer, f"take-home-import-{tag}")
    assert _clipped(importer) == []
    assert importer.message.isVisible()
    importer.cancel()
