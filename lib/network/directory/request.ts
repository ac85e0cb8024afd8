import { allowedFilters, canSearchBy, type NetworkViewer, SEARCH_CRITERIA, type SearchCriterion } from "../matrix";
import type { DirectoryFilters, DirectoryUrlState } from "./params";

export type DirectoryCriteria = {
  /** The filters the search applies: well-formed and allowed to the viewer. */
  applied: DirectoryFilters;
  /** Criteria in the URL the viewer may not use (whatever their value): ignored, and said so. */
  refused: SearchCriterion[];
  /** Criteria the viewer may use whose value was not understood: ignored, and said so. */
  invalid: SearchCriterion[];
};

/**
 * What a directory URL means for one viewer. A refused criterion is reported the same way
 * whether its value was well-formed or not, so a notice tells nothing about the field.
 */
export function directoryCriteria(viewer: NetworkViewer, state: Pick<DirectoryUrlState, "filters" | "invalid">): DirectoryCriteria {
  const { allowed, refused } = allowedFilters(viewer, state.filters);
  const refusedAll = new Set<SearchCriterion>([...refused, ...state.invalid.filter((criterion) => !canSearchBy(viewer, criterion))]);
  return {
    applied: allowed,
    refused: SEARCH_CRITERIA.filter((criterion) => refusedAll.has(criterion)),
    invalid: state.invalid.filter((criterion) => canSearchBy(viewer, criterion)),
  };
}
