import { defineMiddlewares } from "@medusajs/framework/http"
import { adminEventsMiddlewares } from "./admin/events/middlewares"
import { adminFavouritesMiddlewares } from "./admin/favourites/middlewares"
import { adminCashRemittancesMiddlewares } from "./admin/cash-remittances/middlewares"
import { adminLedgerMiddlewares } from "./admin/ledger/middlewares"
import { adminNotificationsMiddlewares } from "./admin/notifications/middlewares"
import { adminPayoutsMiddlewares } from "./admin/payouts/middlewares"
import { adminUploadsMiddlewares } from "./admin/uploads/middlewares"
import { adminShoppersMiddlewares } from "./admin/shoppers/middlewares"
import { adminReturnRequestsMiddlewares } from "./admin/return-requests/middlewares"
import { adminReviewsMiddlewares } from "./admin/reviews/middlewares"
import { adminSalesReportMiddlewares } from "./admin/sales-report/middlewares"
import { adminVendorOrdersMiddlewares } from "./admin/vendor-orders/middlewares"
import { adminUsersMiddlewares } from "./admin/users/middlewares"
import { adminVendorsMiddlewares } from "./admin/vendors/middlewares"
import { errorHandler } from "./errors/error-handler"
import { authMiddlewares } from "./auth/middlewares"
import { hooksMiddlewares } from "./hooks/middlewares"
import { securityMiddlewares } from "./security/middlewares"
import { storeEventsMiddlewares } from "./store/events/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { storeCustomersMiddlewares } from "./store/customers/middlewares"
import { storeOrdersMiddlewares } from "./store/orders/middlewares"
import { storePaymentCollectionsMiddlewares } from "./store/payment-collections/middlewares"
import { storeProductsMiddlewares } from "./store/products/middlewares"
import { storeReturnRequestsMiddlewares } from "./store/return-requests/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { storeVendorsMiddlewares } from "./store/vendors/middlewares"
import { vendorActivityMiddlewares } from "./vendor/activity/middlewares"
import { vendorApplicationsMiddlewares } from "./vendor/applications/middlewares"
import { vendorCertificationsMiddlewares } from "./vendor/certifications/middlewares"
import { vendorInvitesMiddlewares } from "./vendor/invites/middlewares"
import { vendorLedgerMiddlewares } from "./vendor/ledger/middlewares"
import { vendorMeMiddlewares } from "./vendor/me/middlewares"
import { vendorMiddlewares } from "./vendor/middlewares"
import { vendorNotificationsMiddlewares } from "./vendor/notifications/middlewares"
import { vendorOrdersMiddlewares } from "./vendor/orders/middlewares"
import { vendorProductsMiddlewares } from "./vendor/products/middlewares"
import { vendorReturnRequestsMiddlewares } from "./vendor/return-requests/middlewares"
import { vendorReviewsMiddlewares } from "./vendor/reviews/middlewares"
import { vendorSalesReportMiddlewares } from "./vendor/sales-report/middlewares"
import { vendorStandSalesMiddlewares } from "./vendor/stand-sales/middlewares"
import { vendorUploadsMiddlewares } from "./vendor/uploads/middlewares"

export default defineMiddlewares({
  routes: [
    // rate limits, page sizes and the Origin check, ahead of every route (security/middlewares.ts)
    ...securityMiddlewares,
    // catalogue and search
    ...storeVendorsMiddlewares,
    ...storeProductsMiddlewares,
    ...storeSearchMiddlewares,
    ...storeEventsMiddlewares,
    // the cooperative portal: one guard on /vendor, then each resource's validators
    ...vendorMiddlewares,
    ...vendorApplicationsMiddlewares,
    ...vendorUploadsMiddlewares,
    ...vendorInvitesMiddlewares,
    ...vendorMeMiddlewares,
    ...vendorProductsMiddlewares,
    ...vendorOrdersMiddlewares,
    ...vendorLedgerMiddlewares,
    ...vendorNotificationsMiddlewares,
    ...vendorStandSalesMiddlewares,
    ...vendorSalesReportMiddlewares,
    ...vendorReturnRequestsMiddlewares,
    ...vendorReviewsMiddlewares,
    ...vendorCertificationsMiddlewares,
    ...vendorActivityMiddlewares,
    // staff
    ...adminVendorsMiddlewares,
    ...adminPayoutsMiddlewares,
    ...adminLedgerMiddlewares,
    ...adminCashRemittancesMiddlewares,
    ...adminUploadsMiddlewares,
    ...adminNotificationsMiddlewares,
    ...adminEventsMiddlewares,
    ...adminFavouritesMiddlewares,
    ...adminVendorOrdersMiddlewares,
    ...adminReturnRequestsMiddlewares,
    ...adminReviewsMiddlewares,
    ...adminSalesReportMiddlewares,
    ...adminShoppersMiddlewares,
    ...adminUsersMiddlewares,
    // checkout and shoppers' orders
    ...storeCartsMiddlewares,
    ...storeCustomersMiddlewares,
    ...storeOrdersMiddlewares,
    ...storeReturnRequestsMiddlewares,
    ...storePaymentCollectionsMiddlewares,
    ...hooksMiddlewares,
    // registration answers the same whether or not an account exists
    ...authMiddlewares,
  ],
  errorHandler,
})
