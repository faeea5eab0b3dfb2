"""The DTS 1.0 API over the built edition (Distributed Text Services: collections, navigation, passages),
served by `plenum serve`."""
