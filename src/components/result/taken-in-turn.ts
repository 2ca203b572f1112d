// The cards of a result's dated list and the parts after it. On a page drawn on the server each is taken over
// (hydrated) as it comes near the screen, so taking the page over at the first touch is not one long task: the
// first screen holds about four cards of a list that often has a dozen.
import { hydratedWhenSeen } from '../../modules/lazy'
import DocumentChecklistNow from '../document/DocumentChecklist.vue'
import ProcedureCardNow from '../procedure/ProcedureCard.vue'
import TripPlanNow from '../trip/TripPlan.vue'
import ResultMoreNow from './ResultMore.vue'

export const ProcedureCard = hydratedWhenSeen(ProcedureCardNow)
export const DocumentChecklist = hydratedWhenSeen(DocumentChecklistNow)
export const TripPlan = hydratedWhenSeen(TripPlanNow)
export const ResultMore = hydratedWhenSeen(ResultMoreNow)
