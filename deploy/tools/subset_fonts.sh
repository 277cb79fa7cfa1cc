#!/bin/sh
# Rebuilds assets/fonts/*-subset.ttf from DejaVu Sans (Bitstream Vera licence: embedding allowed;
# Debian fonts-dejavu-core) with fonttools' pyftsubset (pip install fonttools). Keeps Latin with
# Turkish and Western European letters, Cyrillic, Arabic with its presentation forms, and the
# astrological symbols the chart wheel draws.
set -eu
SRC=${SRC:-/usr/share/fonts/truetype/dejavu}
TEXT="U+0020-007E,U+00A0-017F,U+0180-024F,U+0300-036F,U+0400-04FF,U+0600-06FF,U+FB50-FDFF,U+FE70-FEFF,U+2010-2044,U+20AC,U+20BA,U+2116,U+2190-2193,U+2212,U+00B0"
SYMBOLS="U+2609-260D,U+263D,U+263F-2653,U+2605,U+2606,U+25A1,U+25B3,U+211E,U+2032,U+2033"
pyftsubset "$SRC/DejaVuSans.ttf" --unicodes="$TEXT,$SYMBOLS" --layout-features='*' \
    --output-file=assets/fonts/DejaVuSans-subset.ttf
pyftsubset "$SRC/DejaVuSans-Bold.ttf" --unicodes="$TEXT" --layout-features='*' \
    --output-file=assets/fonts/DejaVuSans-Bold-subset.ttf
# PDF fonts: text only (no symbols), no hinting — genpdf embeds each style whole, so these are
# kept small enough for a one-page report under 600 KB. Arabic is drawn from its presentation
# forms (ar-reshaper's output) plus the few base-block punctuation marks and digits.
PDF="U+0020-007E,U+00A0-017F,U+0400-045F,U+060C,U+061B,U+061F,U+0660-066D,U+FE70-FEFF,U+2010-2027,U+2030-2044,U+20AC,U+20BA,U+2116,U+2190-2193,U+2212,U+2605"
mkdir -p assets/fonts/pdf
pyftsubset "$SRC/DejaVuSans.ttf" --unicodes="$PDF" --no-hinting --desubroutinize --layout-features='' \
    --output-file=assets/fonts/pdf/DejaVuSans.ttf
pyftsubset "$SRC/DejaVuSans-Bold.ttf" --unicodes="$PDF" --no-hinting --desubroutinize --layout-features='' \
    --output-file=assets/fonts/pdf/DejaVuSans-Bold.ttf
