import { PAGE_PATHS } from '@covenant/domain';
import { createBrowserRouter } from 'react-router-dom';
import { NotFound } from '../components/ui/NotFound';
import { AccountabilityPage } from '../features/accountability/routes/AccountabilityPage';
import { AccountPage } from '../features/auth/routes/AccountPage';
import { SignInPage } from '../features/auth/routes/SignInPage';
import { SignUpPage } from '../features/auth/routes/SignUpPage';
import { ConsultationPage } from '../features/covenants/routes/ConsultationPage';
import { CovenantPage } from '../features/covenants/routes/CovenantPage';
import { NewCovenantPage } from '../features/covenants/routes/NewCovenantPage';
import { CommissionerPage } from '../features/commissioner/routes/CommissionerPage';
import { HomePage } from '../features/home/routes/HomePage';
import { StewardsPage } from '../features/identity/routes/StewardsPage';
import { VerifyEmailPage } from '../features/identity/routes/VerifyEmailPage';
import { NationalPage } from '../features/national/routes/NationalPage';
import { NeighbourhoodPage } from '../features/neighbourhoods/routes/NeighbourhoodPage';
import { NewNeighbourhoodPage } from '../features/neighbourhoods/routes/NewNeighbourhoodPage';
import { NewOrganisationPage } from '../features/organisations/routes/NewOrganisationPage';
import { OrganisationPage } from '../features/organisations/routes/OrganisationPage';
import { AssetPage } from '../features/rights/routes/AssetPage';
import { BudgetPage } from '../features/rights/routes/BudgetPage';
import { RightsPage } from '../features/rights/routes/RightsPage';
import { ServiceRequestPage } from '../features/rights/routes/ServiceRequestPage';
import { VerificationPage } from '../features/verification/routes/VerificationPage';
import { Layout } from './Layout';
import { RequireSignIn } from './RequireSignIn';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      children: [
        { path: PAGE_PATHS.home, element: <HomePage /> },
        { path: PAGE_PATHS.signIn, element: <SignInPage /> },
        { path: PAGE_PATHS.signUp, element: <SignUpPage /> },
        {
          element: <RequireSignIn />,
          children: [
            { path: PAGE_PATHS.newOrganisation, element: <NewOrganisationPage /> },
            { path: PAGE_PATHS.newNeighbourhood, element: <NewNeighbourhoodPage /> },
            { path: PAGE_PATHS.newCovenant, element: <NewCovenantPage /> },
            { path: PAGE_PATHS.stewards, element: <StewardsPage /> },
            { path: PAGE_PATHS.account, element: <AccountPage /> },
          ],
        },
        { path: PAGE_PATHS.organisation, element: <OrganisationPage /> },
        { path: PAGE_PATHS.neighbourhood, element: <NeighbourhoodPage /> },
        { path: PAGE_PATHS.covenant, element: <CovenantPage /> },
        { path: PAGE_PATHS.accountability, element: <AccountabilityPage /> },
        { path: PAGE_PATHS.consultation, element: <ConsultationPage /> },
        { path: PAGE_PATHS.budget, element: <BudgetPage /> },
        { path: PAGE_PATHS.rights, element: <RightsPage /> },
        { path: PAGE_PATHS.asset, element: <AssetPage /> },
        { path: PAGE_PATHS.serviceRequest, element: <ServiceRequestPage /> },
        { path: PAGE_PATHS.verify, element: <VerificationPage /> },
        { path: PAGE_PATHS.verifyEmail, element: <VerifyEmailPage /> },
        { path: PAGE_PATHS.national, element: <NationalPage /> },
        { path: PAGE_PATHS.commissioner, element: <CommissionerPage /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
