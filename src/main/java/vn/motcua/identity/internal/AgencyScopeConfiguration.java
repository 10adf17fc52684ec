package vn.motcua.identity.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the agency scope check for every staff route. */
@Configuration(proxyBeanMethods = false)
class AgencyScopeConfiguration implements WebMvcConfigurer {

	private final AgencyScopeInterceptor interceptor;

	AgencyScopeConfiguration(AgencyScopeInterceptor interceptor) {
		this.interceptor = interceptor;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.interceptor).addPathPatterns(AgencyScopeInterceptor.PATHS);
	}

}
