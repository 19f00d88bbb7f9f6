"""The Qt user interface: windows, dialogs and widgets over the services in `app/`."""
