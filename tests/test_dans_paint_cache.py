"""The dans view keeps its loop and its bars as pictures (a paint of the page copies them): what
is on screen is always what the data, the size, the colours, the text size and the language of
now would draw, never a picture of before."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from erfenis_desktop.ui.dans.dans_canvas import LoopCanvas, StepBox, _Kept
from tests.test_exercises import wait_for_layout


def _open(erfenis, qtbot):
    vault = erfenis.session.vault
    profile = vault.profiles()[0]
    erfenis.session.enter(vault.unlock(profile.uuid, erfenis.session.demo_passwords[profile.uuid])[0])
    erfenis.window.resize(1100, 800)
    flow = erfenis.window.profiles
    flow.show_exercise("dans")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    wait_for_layout(qtbot, erfenis.window)
    return flow.dans_page


def _settle(qtbot, erfenis):
    QCoreApplication.processEvents()
    wait_for_layout(qtbot, erfenis.window)


def _shown(widget: QWidget) -> QImage:
    """What is on screen: the widget as the page paints it (through its kept picture)."""
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _fresh(widget: QWidget, ratio: float = 1.0, scale: float = 1.0) -> QImage:
    """The same drawing made now, directly, on the colour behind it (on a device of ``ratio``
    pixels to a point, or scaled by the painter)."""
    image = QImage(round(widget.width() * ratio * scale), round(widget.height() * ratio * scale),
                   QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(_Kept.backdrop(widget))
    p = QPainter(image)
    p.scale(scale, scale)
    p.setFont(widget.font())
    p.setPen(widget.palette().color(widget.foregroundRole()))
    if isinstance(widget, LoopCanvas):
        widget.paint(p, widget.width())
    else:
        widget.paint(p)
    p.end()
    return image


def _up_to_date(page) -> None:
    for widget in (page.canvas, page.bars):
        assert _shown(widget) == _fresh(widget), type(widget).__name__


def test_a_theme_switch_repaints_the_loop_and_the_bars_in_the_new_colours(start_app, qtbot):
    erfenis = start_app("--demo")
    page = _open(erfenis, qtbot)
    before = {w: _shown(w) for w in (page.canvas, page.bars)}
    size = page.canvas.size()
    for scheme in ("dark", "contrast", "light"):
        erfenis.prefs.set_color_scheme(scheme)
        _settle(qtbot, erfenis)
        assert page.canvas.size() == size  # only the colours change
        _up_to_date(page)
        if scheme == "dark":
            assert all(_shown(w) != before[w] for w in before)
            dark_page = page.canvas.palette().color(page.canvas.backgroundRole()).rgb()
            assert _shown(page.canvas).pixel(1, 1) == dark_page  # no light corner left of before
    assert all(_shown(w) == before[w] for w in before)  # back to light: as it was


def test_each_colour_alone_redraws_the_loop(qapp):
    """The text colour changed while the page stays, or the page's colour changed while the
    drawing's own colours stay: either way the loop is drawn again, in the colours of now."""
    from PySide6.QtGui import QColor, QPalette

    page = QWidget()
    page.setAutoFillBackground(True)
    canvas = LoopCanvas(page)
    canvas.set_steps([StepBox(i % 2, f"Step {i}", "What happens then.", False) for i in range(6)],
                     ["#2f6f8f", "#b5562b"])
    canvas.setFixedSize(900, 500)
    page.resize(900, 500)
    page.show()
    before = _shown(canvas)
    own = QPalette(canvas.palette())
    for role in ("Window", "WindowText", "Base", "PlaceholderText", "Mid"):
        own.setColor(getattr(QPalette.ColorRole, role), own.color(getattr(QPalette.ColorRole, role)))
    own.setColor(QPalette.ColorRole.WindowText, QColor("#0000aa"))
    canvas.setPalette(own)  # its own palette from now on: the page's colour is no longer its own
    assert _Kept.backdrop(canvas) == page.palette().color(QPalette.ColorRole.Window)
    assert _shown(canvas) != before and _shown(canvas) == _fresh(canvas)
    before = _shown(canvas)
    behind = QPalette(page.palette())
    behind.setColor(QPalette.ColorRole.Window, QColor("#ffe0e0"))
    page.setPalette(behind)
    assert canvas.palette().color(QPalette.ColorRole.Window) != QColor("#ffe0e0")
    assert _shown(canvas) != before and _shown(canvas) == _fresh(canvas)
    page.close()


def test_new_shared_words_and_scores_are_drawn_in_the_loop_and_the_bars(start_app, qtbot):
    from erfenis_desktop.domain.questionnaire import questions
    from erfenis_desktop.services.dans import CYCLE_MAP, DansService
    from erfenis_desktop.services.exercises import Run

    erfenis = start_app("--demo")
    page = _open(erfenis, qtbot)
    before, size = _shown(page.canvas), page.canvas.size()
    bars_before, rows_before = _shown(page.bars), list(page.bars.rows)
    # The partner changes a word in their loop and shares it; the view is opened again.
    vault, couple = erfenis.session.vault, erfenis.session.couple
    partner = vault.profiles()[1]
    b = vault.unlock(partner.uuid, erfenis.session.demo_passwords[partner.uuid])[0]
    service = DansService(couple, page._exercises)
    _uuid, cycle = service.latest(b, CYCLE_MAP)
    text = cycle["meaning"]
    cycle["meaning"] = " ".join(reversed(text.split()))  # the same words, the same room
    couple.share(b, service.save(b, CYCLE_MAP, cycle))
    # and takes the pattern check again, all sevens, and shares that too
    exercises = page._exercises
    run = Run(parents=["Mother"])
    run.answers = {x.key: (1 if x.item.reverse else 7) for x in questions(exercises.questionnaire("en"), run.parents)}
    couple.share(b, exercises.finish(b, exercises.save_run(b, run)).uuid)
    erfenis.window.profiles.show_exercise("dans")
    _settle(qtbot, erfenis)
    assert any(s.text == cycle["meaning"] for s in page.canvas.steps)
    assert page.canvas.size() == size  # the same size: only the words tell the pictures apart
    assert _shown(page.canvas) != before
    assert page.bars.rows != rows_before and _shown(page.bars) != bars_before
    _up_to_date(page)


def test_a_resized_window_redraws_the_loop_at_its_new_size(start_app, qtbot):
    erfenis = start_app("--demo")
    page = _open(erfenis, qtbot)
    _shown(page.canvas)
    width = page.canvas.width()
    erfenis.window.resize(800, 700)
    _settle(qtbot, erfenis)
    assert page.canvas.width() < width
    _up_to_date(page)
    for layout in page.canvas.boxes():  # every box drawn whole at the new width
        assert page.canvas.rect().contains(layout.box.toRect())


def test_a_larger_text_size_redraws_the_loop_in_larger_text(start_app, qtbot):
    erfenis = start_app("--demo")
    page = _open(erfenis, qtbot)
    small = page.canvas.font().pointSizeF()
    _shown(page.canvas)
    erfenis.prefs.set_text_scale(200)
    _settle(qtbot, erfenis)
    assert page.canvas.font().pointSizeF() > small
    _up_to_date(page)


def test_a_new_text_size_redraws_even_when_the_drawing_keeps_its_size(qapp):
    """A drawing whose size does not follow the text (a fixed size): the text size alone is enough."""
    canvas = LoopCanvas()
    canvas.set_steps([StepBox(i % 2, f"Step {i}", "What happens then.", False) for i in range(6)],
                     ["#2f6f8f", "#b5562b"])
    canvas.setFixedSize(900, 500)
    canvas.show()
    before = _shown(canvas)
    font = canvas.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    canvas.setFont(font)
    assert canvas.size().width() == 900 and canvas.size().height() == 500
    assert _shown(canvas) != before
    assert _shown(canvas) == _fresh(canvas)
    canvas.close()


def test_switching_language_redraws_the_loop_in_the_new_language(start_app, qtbot):
    erfenis = start_app("--demo", "--lang", "en")
    page = _open(erfenis, qtbot)
    before = _shown(page.canvas)
    english = [s.title for s in page.canvas.steps]
    erfenis.prefs.set_language("nl")
    _settle(qtbot, erfenis)
    assert [s.title for s in page.canvas.steps] != english
    assert _shown(page.canvas) != before
    _up_to_date(page)


def test_a_sharper_screen_gets_a_picture_at_its_own_pixel_ratio(start_app, qtbot):
    page = _open(start_app("--demo"), qtbot)
    for widget in (page.canvas, page.bars):
        _shown(widget)  # kept at a ratio of 1
        sharp = QImage(widget.width() * 2, widget.height() * 2, QImage.Format.Format_RGB32)
        sharp.setDevicePixelRatio(2)
        sharp.fill(0)
        widget.render(sharp)
        assert sharp == _fresh(widget, 2)


def test_a_scaled_drawing_is_drawn_anew_not_an_enlarged_picture(start_app, qtbot):
    """The exports draw the view's pieces scaled (a sharper PNG) or on paper: drawn anew, crisp."""
    page = _open(start_app("--demo"), qtbot)
    for widget in (page.canvas, page.bars):
        _shown(widget)  # kept at a ratio of 1
        scaled = QImage(widget.width() * 2, widget.height() * 2, QImage.Format.Format_RGB32)
        scaled.fill(_Kept.backdrop(widget))
        p = QPainter(scaled)
        p.scale(2, 2)
        widget.render(p, QPoint(0, 0))
        p.end()
        assert scaled == _fresh(widget, scale=2)


def test_a_lock_leaves_no_picture_or_words_of_the_dans_behind(start_app, qtbot):
    """After a lock the page is hidden and never painted again: the kept pictures of the loop
    and the bars, and what they were made of (the shared words, names and scores), go at once."""
    erfenis = start_app("--demo")
    page = _open(erfenis, qtbot)
    words = [s.text for s in page.canvas.steps if s.text]
    names = [n for n in page.bars.names if n]
    _shown(page.canvas), _shown(page.bars)  # both painted (the bars lie below the fold)
    assert words and names and page.canvas.kept.image is not None and page.bars.kept.image is not None
    erfenis.session.lock()
    QCoreApplication.processEvents()
    assert page.canvas.kept.image is None and page.bars.kept.image is None
    kept = repr((page.canvas.kept.key, getattr(page.canvas, "_layout_key", None),
                 getattr(page.canvas, "_layout", None), page.bars.kept.key))
    assert not [w for w in words + names if w in kept]
