// The parts of a result page that the app, taking over a page drawn on the server, takes over a part per task
// as each comes near the screen (`hydratedWhenSeen`): the summary and the jumps at the top as much as the dated
// list, each of its cards and the parts after it. Taking the page over at the first touch is then a short task for the
// page's frame and one per part, not one long task on a slow phone. Drawn by the app itself, each draws at once.
import { hydratedInTurn, hydratedWhenSeen } from '../../modules/lazy'
import AnswersSummaryNow from '../answers/AnswersSummary.vue'
import DocumentChecklistNow from '../document/DocumentChecklist.vue'
import ProcedureCardNow from '../procedure/ProcedureCard.vue'
import TripPlanNow from '../trip/TripPlan.vue'
import ResultActionsNow from './ResultActions.vue'
import ResultJumpsNow from './ResultJumps.vue'
import ResultMaybeNow from './ResultMaybe.vue'
import ResultMoreNow from './ResultMore.vue'
import ResultPrintHeaderNow from './ResultPrintHeader.vue'
import ResultSummaryNow from './ResultSummary.vue'
import ResultTimelineNow from './ResultTimeline.vue'
import ResultWarningsNow from './ResultWarnings.vue'

export const AnswersSummary = hydratedWhenSeen(AnswersSummaryNow)
export const DocumentChecklist = hydratedWhenSeen(DocumentChecklistNow)
export const ProcedureCard = hydratedWhenSeen(ProcedureCardNow)
export const ResultActions = hydratedWhenSeen(ResultActionsNow)
export const ResultJumps = hydratedWhenSeen(ResultJumpsNow)
export const ResultMaybe = hydratedWhenSeen(ResultMaybeNow)
export const ResultMore = hydratedWhenSeen(ResultMoreNow)
// Never on the screen (it is for paper): taken over in its turn, not when seen, or a printed page would lack its QR code.
export const ResultPrintHeader = hydratedInTurn(ResultPrintHeaderNow)
export const ResultSummary = hydratedWhenSeen(ResultSummaryNow)
export const ResultTimeline = hydratedWhenSeen(ResultTimelineNow)
export const ResultWarnings = hydratedWhenSeen(ResultWarningsNow)
export const TripPlan = hydratedWhenSeen(TripPlanNow)
