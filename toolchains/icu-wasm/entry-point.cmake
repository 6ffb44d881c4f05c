# cmake -DFILE=icudt72l_dat.c -P entry-point.cmake: genccode names the C array after the
# package file (icudt72l_dat); ICU looks for its common data under U_ICUDATA_ENTRY_POINT,
# icudt72_dat. (genccode's -e option applies to assembly output only.)
file(READ "${FILE}" _text)
string(REPLACE "icudt72l_dat" "icudt72_dat" _text "${_text}")
file(WRITE "${FILE}" "${_text}")
