"""Where the emulated sensor's images come from: folders of prints, the synthetic generator, a broken source."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from devices.emulator import Capture, Emulator, FolderSource, SyntheticSource, fit_window
from tests.emulator_helpers import driver, on_the_wire, png_pixels

pytestmark = pytest.mark.usefixtures("no_leaks")


def noise(width: int, height: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, size=(height, width), dtype=np.uint8)


def test_a_taller_narrower_palette_print_is_cropped_and_padded_not_stretched() -> None:
    image = Image.fromarray(noise(248, 338, 1)).quantize(16)
    assert image.mode == "P"
    grey = np.asarray(image.convert("L"))
    window = fit_window(image)
    assert window.shape == (288, 256) and window.dtype == np.uint8
    assert (window[:, 4:252] == grey[25:313, :]).all()  # 50 rows cropped evenly, 8 columns padded
    assert (window[:, :4] == 255).all() and (window[:, 252:] == 255).all()


def test_a_larger_print_is_centre_cropped_and_a_smaller_one_padded_with_white() -> None:
    large = noise(388, 374, 2)
    assert (fit_window(Image.fromarray(large)) == large[43:331, 66:322]).all()
    small = noise(200, 100, 3)
    window = fit_window(Image.fromarray(small))
    assert (window[94:194, 28:228] == small).all()
    assert int(window.sum()) == int(small.sum()) + 255 * (288 * 256 - 200 * 100)


def write_prints(folder: Path) -> None:
    folder.mkdir()
    for seed, name in enumerate(["101_1.tif", "101_2.png", "102_1.bmp", "single.png"]):
        Image.fromarray(noise(300, 300, seed)).save(folder / name)
    (folder / "notes.txt").write_text("not a print")


def test_folder_source_cycles_in_sorted_order_with_fvc_identities(tmp_path: Path) -> None:
    write_prints(tmp_path / "prints")
    source = FolderSource(tmp_path / "prints")
    served = [source.next_image() for _ in range(5)]
    assert [c.identity for c in served] == ["101", "101", "102", "single", "101"]
    assert (served[4].pixels == served[0].pixels).all()
    with Image.open(tmp_path / "prints" / "102_1.bmp") as image:
        assert (served[2].pixels == fit_window(image)).all()
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="no png, tif or bmp"):
        FolderSource(tmp_path / "empty")


def test_folder_prints_enrol_and_match_by_finger(tmp_path: Path) -> None:
    write_prints(tmp_path / "prints")
    with Emulator(FolderSource(tmp_path / "prints")) as emulator, driver(emulator.start_pty()) as sensor:
        for buffer in (1, 2):  # 101_1 and 101_2
            assert sensor.readImage() and sensor.convertImage(buffer)
        assert sensor.createTemplate() and sensor.storeTemplate() == 0
        for _ in ("102_1", "single"):
            assert sensor.readImage() and sensor.convertImage(1)
            assert sensor.searchTemplate() == (-1, -1)
        assert sensor.readImage() and sensor.convertImage(1)  # 101_1 again
        assert sensor.searchTemplate()[0] == 0
        sensor.downloadImage(str(tmp_path / "again.png"))
    with Image.open(tmp_path / "prints" / "101_1.tif") as first:
        assert (png_pixels(tmp_path / "again.png") == on_the_wire(fit_window(first))).all()


class Blank:
    def next_image(self) -> Capture:
        return Capture(np.full((288, 256), 250, dtype=np.uint8), "nobody")


class Broken:
    def next_image(self) -> Capture:
        raise OSError("the print file went missing")


def test_a_blank_window_has_too_few_features_and_a_broken_source_fails_the_capture(caplog: pytest.LogCaptureFixture
                                                                                   ) -> None:
    with Emulator(Blank()) as emulator, driver(emulator.start_pty()) as sensor:
        assert sensor.readImage()
        with pytest.raises(Exception, match="too few feature points"):
            sensor.convertImage(1)
        emulator.source = Broken()
        with pytest.raises(Exception, match="Could not read image"):
            sensor.readImage()
        assert sensor.verifyPassword()  # still serving
    assert "the image source failed" in caplog.text


def test_synthetic_source_presents_impressions_of_one_finger() -> None:
    pytest.importorskip("app.biometrics.synthetic")
    source = SyntheticSource(3)
    first, second = source.next_image(), source.next_image()
    for capture in (first, second):
        assert capture.pixels.shape == (288, 256) and capture.pixels.dtype == np.uint8
    assert first.identity == second.identity == "synthetic-3"
    assert not (first.pixels == second.pixels).all()
    source.finger_seed = 4
    assert source.next_image().identity == "synthetic-4"
