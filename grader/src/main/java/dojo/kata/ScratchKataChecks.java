package dojo.kata;

import org.junit.jupiter.api.Test;

/**
 * The checks of a kata whose final image can be {@code scratch}: the ones every kata grades, and, for gold only, no
 * package manager left in the final image.
 */
public abstract class ScratchKataChecks extends KataChecks {

    @Test
    public void gold_has_no_package_manager_in_the_final_image() {
        grading().assertNoPackageManagerForGold();
    }
}
