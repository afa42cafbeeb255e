/**
 * The interview coach: helps a learner tell the story of their own image-slimming work as a STAR answer.
 *
 * <p>Everything here works on plain text and plain files and returns values or strings; only {@code dojo.cli}
 * decides what reaches the terminal. The flow is: {@link dojo.interview.Answer} reads an answer into its STAR
 * parts, {@link dojo.interview.Rubric} scores it, {@link dojo.interview.DraftBuilder} turns graded kata results
 * into a first draft, and {@link dojo.interview.RehearsalSession} times a spoken rehearsal.
 */
package dojo.interview;
