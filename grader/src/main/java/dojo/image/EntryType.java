package dojo.image;

/** The kind of a filesystem entry, as a layer tar records it. */
public enum EntryType {
    FILE,
    DIRECTORY,
    SYMLINK,
    HARDLINK,
    /** Devices, FIFOs and anything else that holds no file content. */
    OTHER
}
