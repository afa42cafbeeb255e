package dojo.dockerfile;

/** One leading {@code --name=value} flag of an instruction; a flag written without {@code =} has an empty value. */
record Flag(String name, String value) {
}
