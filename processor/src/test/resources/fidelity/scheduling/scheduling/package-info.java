/** A package-level generator, shared by the entities that name it. */
@SequenceGenerator(name = "scheduling_ids", sequenceName = "scheduling_id_seq", allocationSize = 10)
package scheduling;

import jakarta.persistence.SequenceGenerator;
