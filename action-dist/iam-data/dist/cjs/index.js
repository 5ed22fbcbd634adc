// Location marker: the catalogue is in ../../data.
