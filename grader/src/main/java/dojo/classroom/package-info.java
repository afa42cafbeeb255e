/**
 * Grading a whole class: many learners' Dockerfiles, each graded by the kata's own test class, in parallel, with
 * every submission contained, and the results kept as a gradebook, JUnit XML and Exercism results. Nothing here
 * writes to the terminal: a {@link dojo.classroom.ClassListener} hears about progress and the CLI shows it.
 */
package dojo.classroom;
